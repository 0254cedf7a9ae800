using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>Where and how it runs: latency, sensitivity, governance, control, baseline and volume.</summary>
internal static partial class ScoringRules
{
    private static void Serving(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        var serving = estimate.Serving;
        var path = estimate.Path;
        if (!serving.Feasible)
        {
            sheet.Block($"No model size meets the {ctx.Constraints.LatencyP95Ms:N0} ms latency budget on this path (fastest option: ~{serving.LatencyMs:N0} ms)");
            return;
        }

        var small = serving.Option.Parameters is > 0 and <= 3.5e9;
        if (path is PathId.Prompting or PathId.Rag && serving.Option.Kind == ServingKind.SelfHosted)
        {
            var why = ctx.ApiAllowed ? "the latency budget rules out hosted APIs" : "the data may not go to a third-party API";
            if (small)
            {
                sheet.Add("latencyP95Ms", -12, $"Only a ≤3B model fits: {why}, and an untuned small model is weak");
            }
            else
            {
                sheet.Add("latencyP95Ms", -5, $"Runs on a self-hosted 8B model, because {why}; an untuned 8B model is weaker than a frontier API");
            }
        }
        else if (IsFineTune(path) && ctx.Constraints.LatencyP95Ms < 500)
        {
            sheet.Add("latencyP95Ms", small ? 8 : 6, "A tuned small model answers with short prompts, so it fits a tight latency budget (latency decides model size first)");
        }
    }

    /// <summary>Seed 003's third scenario: hard sovereignty and control constraints plus a durable data moat.</summary>
    public const double DataMoatTokens = 5e11;

    private static void Sensitivity(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        if (path == PathId.FromScratch && ctx.Constraints.DataSensitivity == DataSensitivity.Sovereign && ctx.Constraints.Control >= 4
            && ctx.Constraints.DomainCorpusTokens >= DataMoatTokens)
        {
            sheet.Add("dataSensitivity", 30, $"Hard sovereignty and control constraints plus a durable data moat: train from scratch (the scenario matrix in {Sources.DecisionGuideCite})");
        }

        if (ctx.Constraints.DataSensitivity != DataSensitivity.Sovereign)
        {
            return;
        }

        var (points, reason) = path switch
        {
            PathId.FromScratch => (8, "Data must stay on your own infrastructure: owning the whole model lifecycle fits"),
            PathId.ContinuedPretraining => (4, "Data must stay on your own infrastructure: an adapted open model runs there"),
            _ => (0, string.Empty),
        };
        sheet.Add("dataSensitivity", points, reason);
    }

    private static void Governance(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var over = Math.Max(0, ctx.Constraints.Governance - 2);
        if (over == 0)
        {
            return;
        }

        var (points, reason) = path switch
        {
            PathId.Rag or PathId.RagPeft => (2 * over, "Retrieval cites its sources, which makes answers auditable"),
            PathId.Peft => (-2 * Math.Max(0, ctx.Constraints.Governance - 3), "Each tuned model version needs audit checks"),
            PathId.FullFineTune or PathId.ContinuedPretraining => (-3 * over, "Heavier training means a heavier governance burden"),
            PathId.FromScratch => (-4 * over, "Governance burden is highest for an own model: safety evals, documentation, audits"),
            _ => (0, string.Empty),
        };
        sheet.Add("governance", points, reason);
        if (path == PathId.FromScratch && ctx.Constraints.Governance == 5 && ctx.Constraints.DataSensitivity == DataSensitivity.Sovereign)
        {
            sheet.Add("governance", 12, $"Strict audit on own infrastructure: only an own model accounts for every token it was trained on (the national-language legal platform in {Sources.DecisionGuideCite})");
        }
    }

    private static void Control(EstimationContext ctx, PathEstimate estimate, ScoreSheet sheet)
    {
        var control = ctx.Constraints.Control;
        var path = estimate.Path;
        if (control >= 4)
        {
            var over = control - 3;
            var onApi = estimate.Serving.Option.Kind != ServingKind.SelfHosted;
            var (points, reason) = path switch
            {
                PathId.Prompting or PathId.Rag when onApi => (-6 * over, "You need to own the weights, and an API model is someone else's"),
                PathId.Peft or PathId.RagPeft => (3 * over, "You own the adapter on open weights"),
                PathId.FullFineTune => (4 * over, "You own a full copy of the tuned weights"),
                PathId.ContinuedPretraining => (6, "You own a domain model, though its architecture and base data are someone else's"),
                PathId.FromScratch => (10 * over, "Full ownership of data, architecture and lifecycle"),
                _ => (0, string.Empty),
            };
            sheet.Add("control", points, reason);
        }
        else if (control <= 1 && path is PathId.FromScratch or PathId.ContinuedPretraining)
        {
            sheet.Add("control", path == PathId.FromScratch ? -10 : -5, "No need to own the model lifecycle, so no reason to pretrain");
        }
    }

    private static void Baseline(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var (points, reason) = (ctx.Constraints.Baseline, path) switch
        {
            (Constraints.Baseline.Untried, PathId.Prompting or PathId.Rag) => (8, "Nothing tried yet: start with the lightest option and measure"),
            (Constraints.Baseline.Untried, PathId.FullFineTune) => (-12, $"Fine-tuning before failure analysis optimises noise (the first common mistake in {Sources.DecisionGuideCite})"),
            (Constraints.Baseline.Untried, _) => (-8, "Fine-tuning or pretraining before any baseline is measured is premature"),
            (Constraints.Baseline.Close, PathId.Peft) => (15, "The baseline is close with recurring errors: fine-tuning fixes known failures"),
            (Constraints.Baseline.Close, PathId.RagPeft) => (8, "The baseline is close: an adapter can fix the recurring errors"),
            (Constraints.Baseline.Close, PathId.FullFineTune) => (6, "The baseline is close: fine-tuning fixes known failures"),
            (Constraints.Baseline.Close, PathId.Prompting) => (-5, "Prompting has already been pushed close to its limit"),
            (Constraints.Baseline.Far, PathId.Prompting) => (-15, "Prompting was tried and is far from the target"),
            (Constraints.Baseline.Far, PathId.Rag) => (-5, "The best prompting/RAG attempt is far from the target"),
            (Constraints.Baseline.Far, PathId.ContinuedPretraining) => (8, "Far from target after trying the light options: the model may not know the domain"),
            (Constraints.Baseline.Far, _) => (4, "Far from target after trying the light options: adapt the model"),
            _ => (0, string.Empty),
        };
        sheet.Add("baseline", points, reason);
        if (ctx.Constraints.Baseline != Constraints.Baseline.Untried && ctx.Constraints.BaselineErrorRatePct is >= 3 and <= 30 && path is PathId.Peft or PathId.RagPeft)
        {
            sheet.Add("baselineErrorRatePct", 5, $"A measured failure rate of {ctx.Constraints.BaselineErrorRatePct:0.#}% is a concrete target for fine-tuning ({Sources.DecisionGuideCite}: invalid JSON in 8–12% of cases)");
        }
    }

    private static void Volume(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var volume = ctx.Constraints.RequestsPerDay;
        if (volume >= 10_000 && ctx.Constraints.Baseline == Constraints.Baseline.Close && path is PathId.Peft or PathId.FullFineTune)
        {
            sheet.Add("requestsPerDay", path == PathId.Peft ? 8 : 4, $"Recurring, measurable failures in a high-volume flow: fine-tune (the scenario matrix in {Sources.DecisionGuideCite})");
        }

        if (volume >= 100_000)
        {
            var (points, reason) = path switch
            {
                PathId.Peft or PathId.FullFineTune => (4, "At this volume a tuned model's short prompts cut serving cost"),
                PathId.Prompting => (-3, "At this volume long instructions cost tokens on every call"),
                _ => (0, string.Empty),
            };
            sheet.Add("requestsPerDay", points, reason);
        }
    }
}
