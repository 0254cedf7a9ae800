namespace ModelStrategy.Core.Recommendations;

/// <summary>One named, explainable piece of a path's score.</summary>
/// <param name="Factor">The constraint or rule it comes from, e.g. "need" or "ladder".</param>
/// <param name="Points">Signed points added to the score.</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record Contribution(string Factor, int Points, string Reason);
