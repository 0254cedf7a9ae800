using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Outcomes;

/// <summary>
/// Port: where outcomes are kept, one per recommendation, shared by every instance. The choice and the actuals are
/// written separately, so two people answering at once never undo each other: the last choice and the last actuals win.
/// </summary>
public interface IOutcomeStore
{
    /// <summary>Records (or replaces) the path a team went with; creates the outcome when there is none.</summary>
    Task SaveChoiceAsync(string recommendationId, Audience? audience, OutcomeChoice choice, CancellationToken cancellationToken);

    /// <summary>Records (or replaces) what it took; false, and nothing stored, when no choice was recorded first.</summary>
    Task<bool> SaveActualsAsync(string recommendationId, OutcomeActuals actuals, CancellationToken cancellationToken);

    /// <summary>The outcome of a recommendation, or null when nobody said anything yet.</summary>
    Task<Outcome?> GetAsync(string recommendationId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> outcomes of one team, the most recently chosen first.</summary>
    Task<IReadOnlyList<Outcome>> ListAsync(Audience audience, int max, CancellationToken cancellationToken);
}
