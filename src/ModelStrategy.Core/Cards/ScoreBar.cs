using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Cards;

/// <summary>One bar of the path comparison.</summary>
/// <param name="Path">The path.</param>
/// <param name="Name">Its short name, e.g. "RAG".</param>
/// <param name="Score">Fit 0–100 (the bar's length).</param>
/// <param name="Feasible">False when a blocker rules it out.</param>
/// <param name="Chosen">True for the recommended path.</param>
public sealed record ScoreBar(PathId Path, string Name, int Score, bool Feasible, bool Chosen)
{
    /// <summary>A text bar for channels without graphics, e.g. "███████░░░".</summary>
    public string Bar => new string('█', Math.Clamp(Score, 0, 100) / 10) + new string('░', 10 - (Math.Clamp(Score, 0, 100) / 10));
}
