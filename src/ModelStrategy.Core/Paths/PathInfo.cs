namespace ModelStrategy.Core.Paths;

/// <summary>What users read about one path, independent of their constraints.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Common name, e.g. "Retrieval-augmented generation (RAG)".</param>
/// <param name="ShortName">Short form for tight spaces, e.g. "RAG".</param>
/// <param name="Rung">Position on the ladder: 0 is the lightest.</param>
/// <param name="Pros">Strengths of the path.</param>
/// <param name="Cons">Weaknesses of the path.</param>
/// <param name="Risks">Failure modes to plan for.</param>
public sealed record PathInfo(
    PathId Id,
    string Name,
    string ShortName,
    int Rung,
    IReadOnlyList<string> Pros,
    IReadOnlyList<string> Cons,
    IReadOnlyList<string> Risks);
