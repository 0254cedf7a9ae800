using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Recommendations;

/// <summary>The answer: which path, why, at what cost and in how long, and what would change it.</summary>
public sealed record Recommendation
{
    /// <summary>Stable id under which the recommendation is stored.</summary>
    public required string Id { get; init; }

    /// <summary>When it was computed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The chosen path.</summary>
    public required PathId Path { get; init; }

    /// <summary>The chosen path's common name.</summary>
    public required string PathName { get; init; }

    /// <summary>0–1: how sure the engine is (margin over the runner-up, fewer defaults → higher).</summary>
    public required double Confidence { get; init; }

    /// <summary>"high", "medium" or "low".</summary>
    public required string ConfidenceLevel { get; init; }

    /// <summary>Fit score 0–100 of every path, keyed by path id.</summary>
    public required IReadOnlyDictionary<string, int> Scores { get; init; }

    /// <summary>Every path with its score, blockers and the named contributions behind the score.</summary>
    public required IReadOnlyList<PathAssessment> Paths { get; init; }

    /// <summary>Which rules decided it, in plain words.</summary>
    public required IReadOnlyList<string> Rationale { get; init; }

    /// <summary>Strengths of the chosen path for this team.</summary>
    public required IReadOnlyList<string> Pros { get; init; }

    /// <summary>Weaknesses of the chosen path for this team.</summary>
    public required IReadOnlyList<string> Cons { get; init; }

    /// <summary>Risks and failure modes to plan for.</summary>
    public required IReadOnlyList<string> Risks { get; init; }

    /// <summary>What to do first.</summary>
    public required IReadOnlyList<string> NextSteps { get; init; }

    /// <summary>Estimated 12-month cost of the chosen path.</summary>
    public required CostEstimate Cost { get; init; }

    /// <summary>Estimated weeks to production launch of the chosen path.</summary>
    public required TimelineEstimate TimelineWeeks { get; init; }

    /// <summary>How the chosen path would be served, and the latency estimate that sized it.</summary>
    public required ServingPlan Serving { get; init; }

    /// <summary>The other feasible or near paths, best first, with why they were not chosen.</summary>
    public required IReadOnlyList<Alternative> Alternatives { get; init; }

    /// <summary>The nearest single-constraint changes that would flip the chosen path.</summary>
    public required IReadOnlyList<FlipCondition> FlipConditions { get; init; }

    /// <summary>Every assumption behind the estimates, with value, range, source and date.</summary>
    public required IReadOnlyList<Assumption> Assumptions { get; init; }

    /// <summary>The price book the estimates were computed with; null on recommendations stored before books were kept.</summary>
    public PriceBookStamp? Prices { get; init; }

    /// <summary>The constraints as understood, defaults filled in.</summary>
    public required ResolvedConstraints Constraints { get; init; }

    /// <summary>The fields that were not given and the values assumed for them.</summary>
    public required IReadOnlyList<DefaultedField> Defaults { get; init; }

    /// <summary>The assumed values that decide the answer (another typical value would change the path), nearest first.</summary>
    public IReadOnlyList<DecisiveAssumption> Decisive { get; init; } = [];

    /// <summary>For quick triage: what the parser understood from the text, and from which words.</summary>
    public IReadOnlyList<UnderstoodItem> Understood { get; init; } = [];

    /// <summary>For quick triage: the original text.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Where the full report page is served (<see cref="Reports.ReportPaths"/>): absolute when the host knows its public
    /// base URL, else the relative path. Set by the host that answers; never part of the computation.
    /// </summary>
    public string? ReportUrl { get; init; }

    /// <summary>Who it belongs to (who may read it in full); kept by the store beside it, never in its JSON. Null: nobody's.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Audience? Audience { get; init; }

    /// <summary>
    /// Who asked for it, as the channel names users (a Microsoft Entra object id, a Slack user id), so that a person's own
    /// recommendations can be listed; kept by the store beside it, never in its JSON. Null: not known.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? RequestedBy { get; init; }
}
