using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>A path that was not chosen and why not.</summary>
/// <param name="Path">The path.</param>
/// <param name="Name">Its common name.</param>
/// <param name="Score">Its fit score.</param>
/// <param name="Feasible">False when a blocker rules it out.</param>
/// <param name="WhyNot">The main reason it lost.</param>
/// <param name="CostP50Usd">Most likely 12-month cost.</param>
/// <param name="TimelineP50Weeks">Most likely weeks to launch.</param>
public sealed record Alternative(PathId Path, string Name, int Score, bool Feasible, string WhyNot, double CostP50Usd, double TimelineP50Weeks);
