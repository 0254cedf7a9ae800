namespace ModelStrategy.Core.Decision;

/// <summary>The scoring rules of <see cref="ScoringRules"/>, so that a caller can run some of them (the flip search).</summary>
[Flags]
internal enum ScoreRule
{
    None = 0,
    Ladder = 1 << 0,
    Need = 1 << 1,
    Novelty = 1 << 2,
    Freshness = 1 << 3,
    Task = 1 << 4,
    LabeledData = 1 << 5,
    Corpus = 1 << 6,
    Budget = 1 << 7,
    Deadline = 1 << 8,
    Expertise = 1 << 9,
    Serving = 1 << 10,
    Sensitivity = 1 << 11,
    Governance = 1 << 12,
    Control = 1 << 13,
    Baseline = 1 << 14,
    Volume = 1 << 15,
    Capacity = 1 << 16,

    /// <summary>The rules that read the path's estimate (cost, timeline or serving), not only the constraints.</summary>
    ReadEstimate = Budget | Deadline | Serving | Control | Capacity,

    All = (1 << 17) - 1,
}
