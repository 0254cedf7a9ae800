using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Pricing;

/// <summary>What the engine recommends for a project under one book: the path, its most likely 12-month cost and that cost's band.</summary>
/// <param name="Path">The chosen path.</param>
/// <param name="PathName">Its common name.</param>
/// <param name="CostP50">Most likely 12-month cost in US dollars.</param>
/// <param name="CostBand">The cost's band (<see cref="CostBands"/>).</param>
public sealed record ProjectOutcome(PathId Path, string PathName, double CostP50, string CostBand);

/// <summary>A typical project's recommendation under the built-in book and under another.</summary>
/// <param name="Name">The project.</param>
/// <param name="Before">Under the first book.</param>
/// <param name="After">Under the second.</param>
public sealed record ProjectImpact(string Name, ProjectOutcome Before, ProjectOutcome After)
{
    /// <summary>Whether another path is chosen.</summary>
    public bool PathChanged => Before.Path != After.Path;

    /// <summary>Whether the cost moved to another band.</summary>
    public bool BandChanged => Before.CostBand != After.CostBand;
}

/// <summary>How a price book changes the recommendations of typical projects (the engine's own path choice and estimate).</summary>
public static class PriceImpact
{
    /// <summary>Each of <paramref name="projects"/> (default <see cref="TypicalProjects.All"/>) under both books.</summary>
    public static IReadOnlyList<ProjectImpact> Of(PriceBook before, PriceBook after, IEnumerable<TypicalProject>? projects = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. (projects ?? TypicalProjects.All).Select(p => new ProjectImpact(p.Name, Outcome(p.Constraints, before), Outcome(p.Constraints, after)))];
    }

    /// <summary>The path and cost the engine gives <paramref name="constraints"/> under <paramref name="prices"/>.</summary>
    public static ProjectOutcome Outcome(ProjectConstraints constraints, PriceBook prices)
    {
        var resolved = ConstraintDefaults.Resolve(constraints).Constraints;
        var chosen = DecisionEngine.Choose(DecisionEngine.Evaluate(new EstimationContext(resolved, prices), detailed: false));
        var cost = Math.Round(chosen.Estimate.Total.P50);
        return new ProjectOutcome(chosen.Path, PathCatalog.Get(chosen.Path).Name, cost, CostBands.Of(cost));
    }
}
