using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>Data rules: labelled examples and their quality gate fine-tuning (seed 002); corpus size gates pretraining.</summary>
internal static partial class ScoringRules
{
    /// <summary>Below this many usable examples no fine-tune is worth running (OpenAI: gains start at 50–100).</summary>
    public const double MinExamplesForLora = 50;

    /// <summary>Below this many usable examples full fine-tuning overfits.</summary>
    public const double MinExamplesForFullFineTune = 200;

    /// <summary>Continued pretraining needs at least this much domain text.</summary>
    public const double MinContinuedPretrainingTokens = 1e8;

    /// <summary>From scratch needs at least this much text (EleutherAI's floor).</summary>
    public const double MinScratchTokens = PathEstimator.ScratchTokenFloor;

    private static void LabeledData(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        if (!IsFineTune(path))
        {
            if (path == PathId.ContinuedPretraining && ctx.UsableExamples < MinExamplesForLora)
            {
                sheet.Add("labeledExamples", -5, "The adapted model still needs a labelled set for instruction tuning");
            }

            return;
        }

        var full = path == PathId.FullFineTune;
        var usable = ctx.UsableExamples;
        var target = ctx.TargetExamples(full);
        var minimum = full ? MinExamplesForFullFineTune : MinExamplesForLora;
        if (usable < minimum)
        {
            // Blocked, but scored by the same rules below so that more data can only raise the score.
            sheet.Block($"Too little labelled data: about {Display.Count(usable)} usable examples, and {(full ? "full fine-tuning" : "a fine-tune")} needs at least {minimum:N0} ({Sources.DecisionRuleCite} gives 500–2,000 for classification, 5,000+ for generation)");
        }

        if (usable < target / 2.0)
        {
            sheet.Add("labeledExamples", full ? -15 : -12, $"About {Display.Count(usable)} usable examples, well short of the ~{target:N0} this task wants");
        }
        else if (usable < target)
        {
            sheet.Add("labeledExamples", full ? -6 : -4, $"About {Display.Count(usable)} usable examples, a little short of the ~{target:N0} this task wants");
        }
        else if (usable < 5.0 * target)
        {
            sheet.Add("labeledExamples", full ? 4 : 6, $"About {Display.Count(usable)} usable examples: enough for this task");
        }
        else
        {
            sheet.Add("labeledExamples", 10, $"About {Display.Count(usable)} usable examples: plenty to fine-tune on");
        }

        var (qualityPoints, qualityReason) = ctx.Constraints.DataQuality switch
        {
            DataQuality.Noisy => (-10, $"Noisy labels teach the wrong behaviour (data quality collapse): 1,000 clean examples beat 10,000 noisy ones ({Sources.DecisionRuleCite})"),
            DataQuality.Mixed => (-3, "Mixed-quality labels need cleaning before training"),
            _ => (3, "Clean labels are the most reliable lever in fine-tuning"),
        };
        sheet.Add("dataQuality", qualityPoints, qualityReason);
    }

    private static void Corpus(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var tokens = ctx.Constraints.DomainCorpusTokens;
        if (path == PathId.ContinuedPretraining)
        {
            if (tokens < MinContinuedPretrainingTokens)
            {
                sheet.Block($"Too little domain text: {Display.Count(tokens)} tokens, and continued pretraining needs at least {Display.Count(MinContinuedPretrainingTokens)} (ChipNeMo used 24B, Meditron 48B)");
            }
            else if (tokens < 1e9)
            {
                sheet.Add("domainCorpusTokens", -10, $"{Display.Count(tokens)} tokens of domain text is small for continued pretraining (published runs use tens of billions)");
            }
            else if (tokens >= 1e10)
            {
                sheet.Add("domainCorpusTokens", 5, $"{Display.Count(tokens)} tokens of domain text is enough to shift a model's language (ChipNeMo, Meditron)");
            }
        }
        else if (path == PathId.FromScratch)
        {
            if (tokens < MinScratchTokens)
            {
                sheet.Block($"Not enough data to pretrain: {Display.Count(tokens)} tokens, under the 200B-token floor ({Sources.TransformerMathCite}); from scratch needs data scale");
            }
            else if (tokens >= 1e12)
            {
                sheet.Add("domainCorpusTokens", 5, $"{Display.Count(tokens)} tokens of proprietary data is a durable data moat");
            }
        }
    }
}
