using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Estimation;

/// <summary>
/// The ranges published for comparable projects, shown beside each computed figure with a flag when they
/// disagree. They are references to compare against, never the source of the estimate.
/// </summary>
internal static class PublishedRanges
{
    private const string WholeProject = "whole project";
    private const string TrainingAndData = "training compute and data";
    private const string TrainingCompute = "training compute";
    private const string EnterpriseRag = "Enterprise IT assistant with RAG in " + Sources.BuildGuideCite;
    private const string Biotech = "Biotech fine-tune of Mixtral in " + Sources.BuildGuideCite;
    private const string Hybrid = "Hybrid RAG + LoRA system in " + Sources.BuildGuideCite;
    private const string HedgeFund = "Hedge fund's own pretrained model in " + Sources.BuildGuideCite;

    private sealed record Reference(string Source, string Scope, double Low, double? High);

    private static readonly Reference[] None = [];

    public static IReadOnlyList<ReferenceRange> Cost(PathEstimate e) =>
        Compare(CostReferences(e.Path), reference => reference.Scope switch
        {
            TrainingAndData => e.Compute + e.Data,
            TrainingCompute => e.Compute,
            _ => e.Total,
        }, Display.Money, static dollars => Math.Round(dollars), (reference, higher) => CostReason(e, reference.Scope, higher));

    public static IReadOnlyList<ReferenceRange> Timeline(PathEstimate e) =>
        Compare(TimelineReferences(e.Path), _ => e.Timeline, Display.Duration, static weeks => Math.Round(weeks, 1), (_, longer) => TimelineReason(e, longer));

    /// <summary>Why our cost is above or below a published range, in a few words from the estimate's own largest parts.</summary>
    private static string CostReason(PathEstimate e, string scope, bool higher)
    {
        if (scope != WholeProject && e.GpuHoursPerRun > 0)
        {
            var run = $"{Display.Count(e.GpuHoursPerRun)} H100-hours a run for a {Display.Count(e.TrainedParameters)}-parameter model";
            return higher ? $"ours needs {run}, over several runs" : $"ours needs only {run}";
        }

        var largest = e.Components.Where(c => scope == WholeProject || c.Category is "compute" or "data").MaxBy(c => c.P50);
        if (largest is null)
        {
            return "check the scope and your inputs";
        }

        var part = $"{char.ToLowerInvariant(largest.Label[0])}{largest.Label[1..]} ({Display.Money(largest.P50)})";
        return higher ? $"ours includes {part}" : $"ours is a smaller project; its largest cost is {part}";
    }

    /// <summary>Why our timeline is longer or shorter than a published one: its longest phase.</summary>
    private static string TimelineReason(PathEstimate e, bool longer)
    {
        var longest = e.Phases.MaxBy(p => p.P50);
        if (longest is null)
        {
            return "check the scope and your inputs";
        }

        var phase = $"{char.ToLowerInvariant(longest.Name[0])}{longest.Name[1..]} ({Display.Duration(longest.P50)})";
        return longer ? $"ours is longer mainly because of {phase}" : $"ours is shorter; its longest step is {phase}";
    }

    private static Reference[] CostReferences(PathId path) => path switch
    {
        PathId.Rag => [new(EnterpriseRag, WholeProject, 10_000, 50_000)],
        PathId.Peft =>
        [
            new(Biotech, WholeProject, 100_000, 500_000),
            new("Fine-tuning cost in " + Sources.OutlookCite, TrainingAndData, 100, 99_999),
            new("LoRA on a 7B model in " + Sources.DecisionRuleCite, TrainingCompute, 10, 100),
        ],
        PathId.FullFineTune =>
        [
            new(Biotech, WholeProject, 100_000, 500_000),
            new("Fine-tuning cost in " + Sources.OutlookCite, TrainingAndData, 100, 99_999),
        ],
        PathId.RagPeft => [new(Hybrid, WholeProject, 30_000, 300_000)],
        PathId.FromScratch =>
        [
            new(HedgeFund, WholeProject, 10_000_000, null),
            new("Pretraining a base model in " + Sources.OutlookCite, WholeProject, 1_000_000, 500_000_000),
            new("Pretraining a 7B model in " + Sources.DecisionRuleCite, TrainingCompute, 100_000, null),
        ],
        _ => None,
    };

    private static Reference[] TimelineReferences(PathId path) => path switch
    {
        PathId.Rag => [new(EnterpriseRag, WholeProject, 1, 2)],
        PathId.Peft or PathId.FullFineTune => [new(Biotech, WholeProject, 4, 6)],
        PathId.RagPeft => [new(Hybrid + " (iterative: weeks to months)", WholeProject, 2, 26)],
        PathId.FromScratch => [new(HedgeFund, WholeProject, 4 * 52 / 12.0, 8 * 52 / 12.0)],
        _ => None,
    };

    /// <remarks><paramref name="round"/> rounds our figures as the estimate they belong to is rounded, so a whole-project range equals it.</remarks>
    private static ReferenceRange[] Compare(Reference[] references, Func<Reference, Spread> ours, Func<double, string> show, Func<double, double> round,
        Func<Reference, bool, string> why)
    {
        if (references.Length == 0)
        {
            return [];
        }

        var result = new ReferenceRange[references.Length];
        for (var i = 0; i < references.Length; i++)
        {
            var reference = references[i];
            var spread = ours(reference);
            var high = reference.High ?? double.PositiveInfinity;
            var agrees = spread.P10 <= high && spread.P90 >= reference.Low;
            var published = reference.High is { } h ? $"{show(reference.Low)}–{show(h)}" : $"{show(reference.Low)}+";
            var verdict = agrees ? "our range overlaps it"
                : spread.P90 < reference.Low ? "ours is lower: " + why(reference, false)
                : "ours is higher: " + why(reference, true);
            var note = $"{reference.Source} ({reference.Scope}): {published}; ours {show(spread.P10)}–{show(spread.P90)}: {verdict}.";
            result[i] = new ReferenceRange(reference.Source, reference.Scope, reference.Low, reference.High, agrees, note)
            {
                OursP10 = round(spread.P10),
                OursP90 = round(spread.P90),
            };
        }

        return result;
    }
}
