using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Conversations.State;

/// <summary>
/// A past recommendation, with the constraints that produced it (so it can be recomputed for compare/share) and, once
/// the team said, what it went with and what it took, in words (e.g. "Went with RAG · took about 10 weeks and about $40,000").
/// </summary>
internal sealed record HistoryEntry(
    string RecommendationId,
    PathId Path,
    string PathName,
    string Summary,
    DateTimeOffset CreatedAt,
    string ByName,
    ProjectConstraints Constraints,
    string? Text,
    string? Outcome = null);
