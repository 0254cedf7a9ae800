using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Recommendations;

/// <summary>
/// Computes recommendations: composes defaults, estimates, scores, the flip search and the narrative into one
/// recommendation, costed with the price book in force when it starts (the whole recommendation uses that one book).
/// Pure: no I/O, deterministic apart from the id and timestamp.
/// </summary>
/// <param name="time">The clock of the id and timestamp (and of dates in free text).</param>
/// <param name="prices">The price book in force.</param>
public sealed class RecommendationService(TimeProvider time, IPriceBookSource prices)
{
    /// <summary>A service that always uses the built-in prices.</summary>
    public RecommendationService(TimeProvider time)
        : this(time, new BuiltInPriceBookSource())
    {
    }

    /// <summary>Recommends a path for structured constraints (validate them first).</summary>
    public Recommendation Recommend(ProjectConstraints constraints) => Build(constraints, null, null);

    /// <summary>Quick triage: parses <paramref name="text"/>, lets <paramref name="explicitConstraints"/> win, and recommends.</summary>
    public Recommendation RecommendFromText(string text, ProjectConstraints? explicitConstraints = null)
    {
        text = FreeText.Cap(text);
        var triage = TriageParser.Parse(text, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var merged = explicitConstraints is null ? triage.Constraints : triage.Constraints.Overlay(explicitConstraints);
        return Build(merged, triage, text);
    }

    private Recommendation Build(ProjectConstraints input, TriageResult? triage, string? text)
    {
        var (resolved, defaults) = ConstraintDefaults.Resolve(input);
        var book = prices.Current;
        var ctx = new EstimationContext(resolved, book);
        var scores = DecisionEngine.Evaluate(ctx, detailed: true);
        var chosen = DecisionEngine.Choose(scores);
        var runnerUp = DecisionEngine.RunnerUp(scores, chosen);
        var confidence = ConfidenceModel.Compute(chosen, runnerUp, defaults.Count);
        var estimate = chosen.Estimate;
        var now = time.GetUtcNow();
        var total = estimate.Total;
        var timeline = estimate.Timeline;
        var flips = FlipFinder.FindEach(resolved, chosen.Path, [.. scores.Select(s => s.Estimate)], book);
        return new Recommendation
        {
            Id = RecommendationIds.New(),
            CreatedAt = now,
            Path = chosen.Path,
            PathName = PathCatalog.Get(chosen.Path).Name,
            Confidence = confidence,
            ConfidenceLevel = ConfidenceModel.Level(confidence),
            Scores = scores.ToDictionary(s => WireName.Of(s.Path), s => s.Score),
            Paths = [.. scores.Select(Assess)],
            Rationale = Narrative.Rationale(ctx, chosen, runnerUp),
            Pros = Narrative.Pros(ctx, chosen),
            Cons = Narrative.Cons(chosen),
            Risks = Narrative.Risks(ctx, chosen, defaults, now),
            NextSteps = NextSteps.For(chosen.Path, ctx.TargetExamples(chosen.Path == PathId.FullFineTune)),
            Cost = new CostEstimate("USD", Math.Round(total.P10), Math.Round(total.P50), Math.Round(total.P90),
                estimate.Components, PublishedRanges.Cost(estimate)),
            TimelineWeeks = new TimelineEstimate(Math.Round(timeline.P10, 1), Math.Round(timeline.P50, 1), Math.Round(timeline.P90, 1),
                estimate.Phases, PublishedRanges.Timeline(estimate)),
            Serving = ServingPlans.Describe(ctx, estimate.Serving),
            Alternatives = [.. scores.Where(s => s.Path != chosen.Path).OrderByDescending(s => s.Feasible).ThenByDescending(s => s.Score)
                .Select(s => new Alternative(s.Path, PathCatalog.Get(s.Path).Name, s.Score, s.Feasible, Narrative.WhyNot(s, chosen),
                    Math.Round(s.Estimate.Total.P50), Math.Round(s.Estimate.Timeline.P50, 1)))],
            FlipConditions = FlipFinder.Nearest(flips),
            Decisive = DecisiveAssumptions.From(flips, defaults),
            Assumptions = estimate.Assumptions,
            Prices = book.Stamp,
            Constraints = resolved,
            Defaults = defaults,
            Understood = triage?.Understood ?? [],
            Text = text,
        };
    }

    private static PathAssessment Assess(PathScore s)
    {
        var (cost, timeline) = (s.Estimate.Total, s.Estimate.Timeline);
        return new(s.Path, PathCatalog.Get(s.Path).Name, s.Score, s.Feasible, s.Sheet.Blockers, s.Sheet.Contributions,
            Math.Round(cost.P50), Math.Round(timeline.P50, 1))
        {
            CostP10Usd = Math.Round(cost.P10),
            CostP90Usd = Math.Round(cost.P90),
            TimelineP10Weeks = Math.Round(timeline.P10, 1),
            TimelineP90Weeks = Math.Round(timeline.P90, 1),
        };
    }
}
