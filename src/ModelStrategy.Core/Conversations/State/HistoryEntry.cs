using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Conversations.State;

/// <summary>A past recommendation, with the constraints that produced it (so it can be recomputed for compare/share).</summary>
internal sealed record HistoryEntry(
    string RecommendationId,
    PathId Path,
    string PathName,
    string Summary,
    DateTimeOffset CreatedAt,
    string ByName,
    ProjectConstraints Constraints,
    string? Text);
