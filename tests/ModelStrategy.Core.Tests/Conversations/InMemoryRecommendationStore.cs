using System.Collections.Concurrent;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Conversations;

internal sealed class InMemoryRecommendationStore : IRecommendationStore
{
    public ConcurrentDictionary<string, Recommendation> Saved { get; } = new();

    public Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        Saved[recommendation.Id] = recommendation;
        return Task.CompletedTask;
    }

    public Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.GetValueOrDefault(id));

    public Task<IReadOnlyList<Recommendation>> RecentAsync(Audience audience, string? requestedBy, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recommendation>>([.. Saved.Values
            .Where(r => audience.Equals(r.Audience) && (requestedBy is null || r.RequestedBy == requestedBy))
            .OrderByDescending(r => r.CreatedAt).Take(count)]);
}
