namespace ModelStrategy.Core.Recommendations;

/// <summary>A published work the advice draws on.</summary>
/// <param name="Cite">How a sentence names it ("AI R&amp;D Journal's decision guide"); unique, so a citation can be found in text.</param>
/// <param name="Reference">The full entry of a Sources list: publisher, title, date or identifier.</param>
public sealed record Source(string Cite, string Reference);

/// <summary>
/// Every work the reasons, published ranges and next steps cite, named by what it is. User-facing text cites a work
/// by its <see cref="Source.Cite"/>; a report's Sources list is the set of works whose citation appears in it.
/// </summary>
public static class Sources
{
    /// <summary>How a sentence cites <see cref="BuildGuide"/>.</summary>
    public const string BuildGuideCite = "CoreWeave's build guide";

    /// <summary>How a sentence cites <see cref="Outlook"/>.</summary>
    public const string OutlookCite = "the practitioners' outlook on training and fine-tuning";

    /// <summary>How a sentence cites <see cref="DecisionRule"/>.</summary>
    public const string DecisionRuleCite = "the practitioners' decision rule";

    /// <summary>How a sentence cites <see cref="DecisionGuide"/>.</summary>
    public const string DecisionGuideCite = "AI R&D Journal's decision guide";

    /// <summary>How a sentence cites <see cref="LoraLand"/>.</summary>
    public const string LoraLandCite = "LoRA Land";

    /// <summary>How a sentence cites <see cref="TransformerMath"/>.</summary>
    public const string TransformerMathCite = "EleutherAI's Transformer Math 101";

    /// <summary>How a sentence cites <see cref="ChipNeMo"/>.</summary>
    public const string ChipNeMoCite = "NVIDIA's ChipNeMo";

    /// <summary>CoreWeave's comparison of pretraining, fine-tuning and RAG, with its worked project examples.</summary>
    public static Source BuildGuide { get; } = new(
        BuildGuideCite,
        "CoreWeave blog: \"Pretraining vs. fine-tuning vs. RAG\" (how should you build?), with worked examples: an enterprise IT RAG assistant, a biotech fine-tune of Mixtral, a hybrid RAG + LoRA system and a hedge fund's own pretrained model");

    /// <summary>The outlook article on where training and fine-tuning are heading.</summary>
    public static Source Outlook { get; } = new(
        OutlookCite,
        "Outlook article for agencies and AI professionals on where training from scratch and fine-tuning are heading (2026; publisher not named in our copy)");

    /// <summary>The article that gives a six-axis decision rule for training versus fine-tuning.</summary>
    public static Source DecisionRule { get; } = new(
        DecisionRuleCite,
        "Guide to training from scratch vs. fine-tuning with a six-axis decision rule, for product and engineering teams (2026; publisher not named in our copy)");

    /// <summary>AI R&amp;D Journal's decision guide with its scenario matrix and case studies.</summary>
    public static Source DecisionGuide { get; } = new(
        DecisionGuideCite,
        "AI R&D Journal: \"Pre-Trained Models vs Fine-Tuning vs Training From Scratch: A Practical Decision Guide\" (1 June 2026)");

    /// <summary>The LoRA Land study of 310 fine-tuned adapters.</summary>
    public static Source LoraLand { get; } = new(
        LoraLandCite,
        "Zhao et al., \"LoRA Land: 310 Fine-tuned LLMs that Rival GPT-4\" (Predibase, arXiv:2405.00732, 2024)");

    /// <summary>EleutherAI's guidance on the smallest corpus worth pretraining on.</summary>
    public static Source TransformerMath { get; } = new(
        TransformerMathCite,
        "EleutherAI blog: \"Transformer Math 101\" (2023): do not train a language model on fewer than 200B tokens");

    /// <summary>NVIDIA's ChipNeMo: domain-adaptive pretraining, then instruction tuning and retrieval.</summary>
    public static Source ChipNeMo { get; } = new(
        ChipNeMoCite,
        "Liu et al., \"ChipNeMo: Domain-Adapted LLMs for Chip Design\" (NVIDIA, arXiv:2311.00176, 2023)");

    /// <summary>Every work, in the order a Sources list shows them.</summary>
    public static IReadOnlyList<Source> All { get; } =
        [BuildGuide, Outlook, DecisionRule, DecisionGuide, LoraLand, TransformerMath, ChipNeMo];

    /// <summary>The works cited in <paramref name="texts"/>, in <see cref="All"/>'s order.</summary>
    public static IReadOnlyList<Source> CitedIn(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var cited = new HashSet<Source>();
        foreach (var text in texts)
        {
            foreach (var source in All)
            {
                if (text.Contains(source.Cite, StringComparison.Ordinal))
                {
                    cited.Add(source);
                }
            }
        }

        return [.. All.Where(cited.Contains)];
    }
}
