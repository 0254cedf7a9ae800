namespace ModelStrategy.Core.Recommendations;

/// <summary>Port: where recommendations are kept so they can be fetched and shared by id.</summary>
public interface IRecommendationStore
{
    /// <summary>Stores a recommendation; saving the same id twice keeps one copy.</summary>
    Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a recommendation whose JSON (<see cref="RecommendationJson.Options"/>) the caller already has, so a
    /// store that keeps JSON need not serialise it again; by default the JSON is ignored.
    /// </summary>
    Task SaveAsync(Recommendation recommendation, string json, CancellationToken cancellationToken) => SaveAsync(recommendation, cancellationToken);

    /// <summary>
    /// Stores a recommendation whose JSON the caller already has as UTF-8 bytes (e.g. the response body it is about to
    /// send), so the JSON is built once per request; by default the bytes are ignored.
    /// </summary>
    Task SaveAsync(Recommendation recommendation, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) => SaveAsync(recommendation, cancellationToken);

    /// <summary>The stored recommendation, or null when the id is unknown.</summary>
    Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The newest recommendations that belong to <paramref name="audience"/> (its <see cref="Recommendation.Audience"/>),
    /// newest first; with <paramref name="requestedBy"/> only those that person asked for. Those past their retention are
    /// left out, as <see cref="GetAsync"/> leaves them out.
    /// </summary>
    /// <param name="audience">The tenant or workspace.</param>
    /// <param name="requestedBy">A user id as the channel names it (<see cref="Recommendation.RequestedBy"/>); null for anyone's.</param>
    /// <param name="count">At most this many (1 to <see cref="MaxRecent"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<Recommendation>> RecentAsync(Audience audience, string? requestedBy, int count, CancellationToken cancellationToken);

    /// <summary>The most <see cref="RecentAsync"/> returns.</summary>
    public const int MaxRecent = 50;
}
