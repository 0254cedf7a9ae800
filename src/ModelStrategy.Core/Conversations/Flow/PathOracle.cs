using System.Collections.Concurrent;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// The path the core would choose for some constraints, by the decision engine's fast path (no narrative, no flip
/// search). Used only to decide which questions can matter, judged with the built-in prices so the questions do not
/// change with the operator's price file; results always come from the recommendation service and its price book.
/// </summary>
internal static class PathOracle
{
    private const int MaxCached = 50_000;
    private static readonly ConcurrentDictionary<ProjectConstraints, PathId> Cache = new();

    public static PathId For(ProjectConstraints constraints)
    {
        if (Cache.TryGetValue(constraints, out var path))
        {
            return path;
        }

        var resolved = ConstraintDefaults.Resolve(constraints).Constraints;
        path = DecisionEngine.Choose(DecisionEngine.Evaluate(new EstimationContext(resolved, PriceBook.BuiltIn), detailed: false)).Path;
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        Cache[constraints] = path;
        return path;
    }
}
