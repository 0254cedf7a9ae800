using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Cards;

/// <summary>A path not chosen.</summary>
/// <param name="Path">The path.</param>
/// <param name="Name">Its common name.</param>
/// <param name="Score">Its fit 0–100.</param>
/// <param name="WhyNot">The main reason it lost.</param>
/// <param name="Cost">Most likely cost, e.g. "$26k".</param>
/// <param name="Timeline">Most likely time to launch, e.g. "6 weeks".</param>
public sealed record AlternativeLine(PathId Path, string Name, int Score, string WhyNot, string Cost, string Timeline);
