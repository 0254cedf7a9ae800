using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// The guided questions, the one that matters most first. Freshness follows the need only when the need is about
/// knowledge; corpus and novelty only for domain language; control and governance only for confidential or
/// sovereign data. Volume and the baseline error rate are never asked (typed answers and "adjust" still set them).
/// </summary>
internal static class QuestionCatalog
{
    private static readonly Func<ResolvedConstraints, bool> Always = _ => true;

    public static IReadOnlyList<QuestionStep> Steps { get; } =
    [
        new("need", "What is missing today?", "Knowledge gaps point to retrieval, behaviour gaps to fine-tuning, both to a hybrid.",
            [Input(ConstraintFields.Need, "what is missing", ("knowledge", "Our facts and documents"), ("behavior", "Behaviour: format, tone, consistency"),
                ("both", "Both"), ("general", "Nothing: a good base model will do"), ("domain-language", "Our domain's language or modality"))],
            "the model doesn't know our documents", "{0}", Always),
        new("freshness", "How fast do those facts change?", "Facts baked into weights go stale; fast-changing facts need retrieval.",
            [Input(ConstraintFields.KnowledgeChange, "how fast facts change", ("daily", "Daily"), ("weekly", "Weekly"), ("monthly", "Monthly"), ("rarely", "Rarely"))],
            "the docs change weekly", "facts change {0}", c => c.Need is Need.Knowledge or Need.Both or Need.DomainLanguage),
        new("corpus", "How much unlabelled domain text do you have, and how unusual is the domain?",
            "Continued pretraining needs billions of tokens, and only pays off when public models miss the domain.",
            [Input(ConstraintFields.DomainCorpusTokens, "domain text", ("0", "None to speak of"), ("100000000", "~100M tokens"), ("1000000000", "~1B tokens"), ("10000000000", "~10B tokens"), ("100000000000", "100B+ tokens")),
             Input(ConstraintFields.DomainNovelty, "domain novelty", ("1", "Well covered by public models"), ("3", "Specialised"), ("5", "Very far from public data"))],
            "about 2B tokens of domain text", "{0} of domain text", c => c.Need is Need.DomainLanguage),
        new("task", "What kind of task is it?", "Narrow tasks such as classification and extraction suit small tuned models; agents and code favour strong base models.",
            [Input(ConstraintFields.TaskType, "task", ("qa", "Question answering"), ("summarization", "Summarisation"), ("extraction", "Extraction"), ("classification", "Classification"),
                ("generation", "Drafting / generation"), ("code", "Code"), ("agent", "Agent with tools"), ("other", "Other"))],
            "support ticket classification", "{0}", Always),
        new("data", "How many good labelled examples do you have, and how clean are they?", "Fine-tuning needs hundreds to thousands of clean examples; too few or noisy rules it out.",
            [Input(ConstraintFields.LabeledExamples, "labelled examples", ("0", "None"), ("300", "A few hundred"), ("2000", "About 2k"), ("10000", "10k or more"), ("100000", "100k or more")),
             Input(ConstraintFields.DataQuality, "label quality", ("clean", "Clean, reviewed"), ("mixed", "Mixed"), ("noisy", "Noisy"))],
            "about 2k examples, mostly clean", "{0} labeled examples", Always),
        new("budget", "What is the budget for the first 12 months, build and run?", "Budget decides which rungs of the ladder are affordable at all.",
            [Input(ConstraintFields.BudgetUsd, "budget", ("10000", "About $10k"), ("50000", "About $50k"), ("200000", "About $200k"), ("1000000", "About $1M"), ("10000000", "$10M or more"))],
            "$50k", "budget {0}", Always),
        new("deadline", "When must it be in production?", "A short deadline with little data favours a pre-trained model plus retrieval.",
            [Input(ConstraintFields.DeadlineWeeks, "deadline", ("4", "Within a month"), ("12", "In a quarter"), ("26", "In six months"), ("52", "In a year"), ("104", "Two years or more"))],
            "6 weeks", "launch in {0}", Always),
        new("sensitivity", "How sensitive is the data?", "Sensitivity decides where the model may run: a hosted API or your own infrastructure.",
            [Input(ConstraintFields.DataSensitivity, "sensitivity", ("public", "Public"), ("internal", "Internal"), ("confidential", "Confidential (PII, trade secrets)"), ("sovereign", "Must stay on our infrastructure"))],
            "customer PII", "{0} data", Always),
        new("control", "How much control and audit do you need?", "Owning weights and heavy regulation push towards self-hosted open weights.",
            [Input(ConstraintFields.Control, "control", ("1", "None in particular"), ("3", "Prefer to own the weights"), ("5", "Must own weights and lifecycle")),
             Input(ConstraintFields.Governance, "governance", ("2", "Ordinary review"), ("4", "Regulated, audited"), ("5", "Heavily regulated"))],
            "must own the weights, heavily regulated", "{0}", c => c.DataSensitivity is DataSensitivity.Confidential or DataSensitivity.Sovereign),
        new("latency", "How fast must it answer?", "Latency decides model size before cost: under 100 ms means a small self-hosted model.",
            [Input(ConstraintFields.LatencyP95Ms, "response time", ("100", "Under 100 ms"), ("500", "Under 500 ms"), ("2000", "About 2 s (streamed)"), ("10000", "Batch, 10 s or more"))],
            "under 200 ms", "latency under {0}", Always),
        new("expertise", "What ML expertise does the team have?", "Fine-tuning needs ML engineers; pretraining needs researchers.",
            [Input(ConstraintFields.MlExpertise, "ML expertise", ("none", "None"), ("basic", "Basic: can run standard tools"), ("strong", "Strong ML engineers"), ("research", "Research team"))],
            "a strong ML team", "{0} ml team", Always),
        new("baseline", "Have you tried prompting or RAG yet?", "A close baseline with recurring errors is the classic case for fine-tuning.",
            [Input(ConstraintFields.Baseline, "baseline", ("untried", "Not yet"), ("close", "Close, with recurring errors"), ("far", "Far from good enough"))],
            "tried RAG, close but recurring errors", "{0}", Always),
    ];

    public static QuestionStep? Find(string? id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The step that asks <paramref name="field"/> (for "adjust"); null for fields no step asks.</summary>
    public static QuestionStep? ForField(string field) => Steps.FirstOrDefault(s => s.Fields.Contains(field));

    private static StepInput Input(string field, string label, params (string Value, string Title)[] choices) =>
        new(field, label, [.. choices.Select(c => new Choice(c.Value, c.Title))]);
}
