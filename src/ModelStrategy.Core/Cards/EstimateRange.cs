namespace ModelStrategy.Core.Cards;

/// <summary>A P10/P50/P90 estimate, its display text and the seeds' published reference ranges beside it.</summary>
/// <param name="Text">e.g. "$18k–$45k, most likely $26k" or "4–9 weeks, most likely 6 weeks".</param>
/// <param name="P10">Optimistic.</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic.</param>
/// <param name="References">Each published range and how ours compares, in plain words.</param>
/// <param name="Disagrees">True when a published range does not overlap ours (say so on the card).</param>
public sealed record EstimateRange(string Text, double P10, double P50, double P90, IReadOnlyList<string> References, bool Disagrees);
