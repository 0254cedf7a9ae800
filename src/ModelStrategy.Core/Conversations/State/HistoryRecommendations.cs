using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Conversations.State;

/// <summary>A recommendation from a conversation's history as the team saw it.</summary>
internal static class HistoryRecommendations
{
    /// <summary>As stored, or (once the store has let it go) computed again from its constraints under its id and time.</summary>
    public static async Task<Recommendation> AsSeenAsync(HistoryEntry entry, IRecommendationStore recommendations, RecommendationService service,
        CancellationToken cancellationToken)
    {
        if (await recommendations.GetAsync(entry.RecommendationId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        var again = entry.Text is { } text ? service.RecommendFromText(text, entry.Constraints) : service.Recommend(entry.Constraints);
        return again with { Id = entry.RecommendationId, CreatedAt = entry.CreatedAt };
    }

    /// <summary>The recommendation a command names, else the dialog's last result, else the newest in history.</summary>
    public static string? Named(string? given, ConversationState state) =>
        given ?? state.Dialog?.LastRecommendationId ?? (state.History.Count > 0 ? state.History[0].RecommendationId : null);
}
