using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Cards;

/// <summary>The recent recommendations in this conversation, newest first.</summary>
/// <param name="Items">At most the configured history size.</param>
public sealed record HistoryCard(IReadOnlyList<HistoryLine> Items) : Card;

/// <summary>One past recommendation.</summary>
/// <param name="RecommendationId">Its id (open it with the report link or share it).</param>
/// <param name="Path">The chosen path.</param>
/// <param name="PathName">Its common name.</param>
/// <param name="Summary">e.g. "$18k–$45k, most likely $26k · 4–9 weeks".</param>
/// <param name="CreatedAt">When it was computed.</param>
/// <param name="ByName">Who finished the dialog or asked for it.</param>
/// <param name="ReportPath">Relative link of the full report.</param>
public sealed record HistoryLine(string RecommendationId, PathId Path, string PathName, string Summary, DateTimeOffset CreatedAt, string ByName, string ReportPath)
{
    /// <summary>What the team went with and what it took, once said, e.g. "Went with RAG (recommended) · took about 10 weeks and about $40,000".</summary>
    public string? Outcome { get; init; }
}
