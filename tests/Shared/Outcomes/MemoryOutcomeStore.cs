using System.Collections.Concurrent;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Tests.Shared.Outcomes;

/// <summary>Outcomes in memory, as a store keeps them (no actuals before a choice; the first team sticks).</summary>
internal sealed class MemoryOutcomeStore : IOutcomeStore
{
    private readonly ConcurrentDictionary<string, Outcome> _outcomes = new();

    public IReadOnlyDictionary<string, Outcome> All => _outcomes;

    public Task SaveChoiceAsync(string recommendationId, Audience? audience, OutcomeChoice choice, CancellationToken cancellationToken)
    {
        _outcomes.AddOrUpdate(recommendationId, _ => new Outcome { RecommendationId = recommendationId, Audience = audience, Choice = choice },
            (_, known) => known with { Choice = choice });
        return Task.CompletedTask;
    }

    public Task<bool> SaveActualsAsync(string recommendationId, OutcomeActuals actuals, CancellationToken cancellationToken)
    {
        lock (_outcomes)
        {
            if (!_outcomes.TryGetValue(recommendationId, out var known))
            {
                return Task.FromResult(false);
            }

            _outcomes[recommendationId] = known with { Actuals = actuals };
            return Task.FromResult(true);
        }
    }

    public Task<Outcome?> GetAsync(string recommendationId, CancellationToken cancellationToken) =>
        Task.FromResult(_outcomes.GetValueOrDefault(recommendationId));

    public Task<IReadOnlyList<Outcome>> ListAsync(Audience audience, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Outcome>>([.. _outcomes.Values.Where(o => o.Audience == audience).OrderByDescending(o => o.Choice!.At).Take(max)]);
}
