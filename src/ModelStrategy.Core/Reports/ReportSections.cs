using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Reports;

/// <summary>The headings and the shared sentences of the full report, so the HTML page and the Markdown read alike.</summary>
public static class ReportSections
{
#pragma warning disable CS1591 // Each heading is its own documentation.
    public const string Title = "Model strategy report";
    public const string Check = "Check before you commit";
    public const string Why = "Why this path";
    public const string Constraints = "Constraints as understood";
    public const string Scores = "How every path scored";
    public const string CostByPath = "Cost by path";
    public const string Breakdown = "Cost breakdown";
    public const string Timeline = "Timeline by phase";
    public const string References = "Published reference ranges beside ours";
    public const string Flips = "What would change the answer";
    public const string Assumptions = "Assumptions behind the estimates";
    public const string Sources = "Sources";
    public const string FigureSources = "Where the figures behind the estimates come from";
    public const string NoFlips = "No single change to one constraint would change the recommended path.";
    public const string NoReferences = "The published sources we draw on give no range for this path.";
    public const string Disagrees = "check the scope and your inputs";
#pragma warning restore CS1591

    /// <summary>"open-weight 8B, self-hosted on 1× L40S 48GB, about 82 ms".</summary>
    public static string Serving(ServingPlan serving)
    {
        ArgumentNullException.ThrowIfNull(serving);
        var hardware = string.IsNullOrWhiteSpace(serving.Hardware) ? string.Empty : $" on {serving.Hardware}";
        return $"{serving.Model}, {serving.Hosting}{hardware}, about {Quantities.Number(serving.LatencyEstimateMs)} ms per answer";
    }

    /// <summary>
    /// The published works this report cites (in its reasons, ranges, steps and path scores), and the distinct
    /// sources of the figures behind its estimates.
    /// </summary>
    public static (IReadOnlyList<Source> Works, IReadOnlyList<string> Figures) CitedSources(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var r = recommendation;
        var texts = r.Rationale.Concat(r.Pros).Concat(r.Cons).Concat(r.Risks).Concat(r.NextSteps)
            .Concat(r.Paths.SelectMany(p => p.Blockers.Concat(p.Contributions.Select(c => c.Reason))))
            .Concat(r.Alternatives.Select(a => a.WhyNot))
            .Concat(r.Cost.References.Concat(r.TimelineWeeks.References).Select(x => x.Source));
        var figures = r.Assumptions.Where(a => a.AsOf != Assumption.Computed).Select(a => a.Source)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (Recommendations.Sources.CitedIn(texts), figures);
    }

    /// <summary>What to check before relying on the numbers: stale prices, published ranges that disagree, nothing feasible.</summary>
    public static IReadOnlyList<string> Warnings(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var r = recommendation;
        var warnings = new List<string>();
        if (!r.Paths.Any(p => p.Feasible))
        {
            warnings.Add($"No path meets every constraint: {r.PathName} comes closest. Relax one of the constraints (see what would change the answer).");
        }

        var stale = ReportFacts.StalePrices(r);
        if (stale.Count > 0)
        {
            var names = string.Join("; ", stale.Select(a => $"{a.Name} (as of {a.AsOf})"));
            warnings.Add($"Prices older than {ReportFacts.MaxPriceAgeDays} days when this was computed: {names}. Check current rates before committing budget.");
        }

        foreach (var (what, reference) in r.Cost.References.Select(x => ("cost", x)).Concat(r.TimelineWeeks.References.Select(x => ("time to launch", x))))
        {
            if (!reference.Agrees)
            {
                warnings.Add($"The published range for the {what} ({reference.Source}, {reference.Scope}) does not overlap ours: {Disagrees}.");
            }
        }

        return warnings;
    }

    /// <summary>"given", "assumed: one quarter", "from the text: "launch in 6 weeks"".</summary>
    public static string Origin(ConstraintRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Origin switch
        {
            ConstraintOrigin.Assumed => $"assumed (typical: {row.Note})",
            ConstraintOrigin.FromText => $"from the text: “{row.Note}”",
            ConstraintOrigin.NotGiven => "not given",
            _ => "given",
        };
    }

    /// <summary>"recommended", "feasible" or "ruled out" (the chosen path may be ruled out when nothing is feasible).</summary>
    public static string Status(Recommendation recommendation, PathAssessment path)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(path);
        return (path.Path == recommendation.Path, path.Feasible) switch
        {
            (true, true) => "recommended",
            (true, false) => "recommended, but ruled out",
            (false, true) => "feasible",
            _ => "ruled out",
        };
    }

    /// <summary>The path's name, marked when it is the recommended one or ruled out.</summary>
    public static string Marked(Recommendation recommendation, PathAssessment path)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(path);
        var status = Status(recommendation, path);
        return status == "feasible" ? path.Name : $"{path.Name} ({status})";
    }

    /// <summary>The contributions for (<paramref name="positive"/>) or against the path: "+28 what is missing: The gap is …".</summary>
    public static IReadOnlyList<string> Reasons(PathAssessment path, bool positive)
    {
        ArgumentNullException.ThrowIfNull(path);
        var reasons = path.Contributions.Where(c => positive ? c.Points > 0 : c.Points < 0)
            .Select(c => $"{ReportFacts.Points(c.Points)} {FieldDisplay.Label(c.Factor)}: {c.Reason}").ToList();
        return reasons.Count > 0 ? reasons : ["nothing"];
    }

    /// <summary>When a phase starts: "at the start" or "after 2 weeks".</summary>
    public static string Week(double startWeeks) => startWeeks <= 0 ? "at the start" : "after " + Display.Duration(startWeeks);
}
