namespace ModelStrategy.Core.Estimation;

/// <summary>Estimated 12-month cost in US dollars, with its split and the published reference ranges.</summary>
/// <param name="Currency">Always "USD".</param>
/// <param name="P10">Optimistic (10th percentile).</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic (90th percentile).</param>
/// <param name="Breakdown">Compute, data/labelling, people and 12-month run cost.</param>
/// <param name="References">Published ranges for comparable projects, and whether ours agrees.</param>
public sealed record CostEstimate(
    string Currency,
    double P10,
    double P50,
    double P90,
    IReadOnlyList<CostComponent> Breakdown,
    IReadOnlyList<ReferenceRange> References);

/// <summary>One part of the cost.</summary>
/// <param name="Category">compute, data, people or run.</param>
/// <param name="Label">What it covers, in plain words.</param>
/// <param name="P10">Optimistic.</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic.</param>
/// <param name="Basis">How it was computed.</param>
public sealed record CostComponent(string Category, string Label, double P10, double P50, double P90, string Basis);

/// <summary>Estimated weeks to production launch, by phase.</summary>
/// <param name="P10">Optimistic.</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic.</param>
/// <param name="Phases">The phases on the critical path.</param>
/// <param name="References">Published ranges for comparable projects, and whether ours agrees.</param>
public sealed record TimelineEstimate(double P10, double P50, double P90, IReadOnlyList<Phase> Phases, IReadOnlyList<ReferenceRange> References);

/// <summary>One phase of the timeline, in weeks.</summary>
/// <param name="Name">What happens.</param>
/// <param name="P10">Optimistic.</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic.</param>
public sealed record Phase(string Name, double P10, double P50, double P90);

/// <summary>A published figure for a comparable project, shown beside the computed one.</summary>
/// <param name="Source">Where it comes from (seed article or paper).</param>
/// <param name="Scope">What it covers, e.g. "whole project" or "training compute only".</param>
/// <param name="Low">Low end of the published range.</param>
/// <param name="High">High end (<see cref="double.PositiveInfinity"/> is serialised as null: open-ended).</param>
/// <param name="Agrees">True when our P10–P90 overlaps the published range.</param>
/// <param name="Note">The comparison in plain words.</param>
public sealed record ReferenceRange(string Source, string Scope, double Low, double? High, bool Agrees, string Note)
{
    /// <summary>Our optimistic (P10) figure for the same scope; null in recommendations stored before it was kept.</summary>
    public double? OursP10 { get; init; }

    /// <summary>Our pessimistic (P90) figure for the same scope; null in recommendations stored before it was kept.</summary>
    public double? OursP90 { get; init; }
}

/// <summary>One input to the estimates.</summary>
/// <param name="Name">What it is.</param>
/// <param name="Value">The value used.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Low">Low end of its range.</param>
/// <param name="High">High end of its range.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="AsOf">When the source was read (prices drift).</param>
/// <param name="Grade">Evidence grade: A primary, B secondary, C vendor/single report, D derived, U user input or assumption.</param>
public sealed record Assumption(string Name, double Value, string Unit, double Low, double High, string Source, string AsOf, string Grade)
{
    /// <summary>The <see cref="AsOf"/> of a value computed from the constraints rather than read from a source.</summary>
    public const string Computed = "computed";

    /// <summary>The price book entry it came from (e.g. "labour.engineer.week"), so it can be followed across books that name it differently; null for other figures.</summary>
    public string? PriceId { get; init; }
}

/// <summary>Where and on what the chosen path would run, sized by the latency budget.</summary>
/// <param name="Model">Model class, e.g. "open-weight 8B" or "hosted frontier API".</param>
/// <param name="Hosting">"api", "managed" or "self-hosted".</param>
/// <param name="Hardware">GPU type and count when self-hosted.</param>
/// <param name="LatencyEstimateMs">Estimated response latency against the budget.</param>
/// <param name="Note">Why this size and hosting.</param>
public sealed record ServingPlan(string Model, string Hosting, string Hardware, double LatencyEstimateMs, string Note);
