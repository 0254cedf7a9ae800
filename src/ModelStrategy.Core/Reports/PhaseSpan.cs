namespace ModelStrategy.Core.Reports;

/// <summary>One phase of the chosen path's timeline placed on the critical path.</summary>
/// <param name="Name">What happens.</param>
/// <param name="StartWeeks">When it starts if every earlier phase takes its most likely time.</param>
/// <param name="Weeks">How long it takes.</param>
public sealed record PhaseSpan(string Name, double StartWeeks, Percentiles Weeks);
