using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Benchmarks;

/// <summary>The inputs every benchmark uses; tests/load/ sends the same typical constraints over HTTP.</summary>
public static class Scenarios
{
    /// <summary>The PRODUCT.md quick-triage example.</summary>
    public const string QuickTriageText = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    /// <summary>
    /// The headline input: a completed form for a mid-size project (seed 003's claims assistant: strict-schema
    /// extraction, 5,000 clean labels, $150k, 12 weeks, confidential data), so nothing is defaulted.
    /// </summary>
    public static ProjectConstraints Typical { get; } = new()
    {
        UseCase = "Claims assistant that extracts policy number, loss date and amounts from claim e-mails into strict JSON",
        TaskType = TaskType.Extraction,
        Need = Need.Behavior,
        KnowledgeChange = KnowledgeChange.Monthly,
        LabeledExamples = 5000,
        DomainCorpusTokens = 2e7,
        DataQuality = DataQuality.Clean,
        DomainNovelty = 2,
        BudgetUsd = 150_000,
        DeadlineWeeks = 12,
        LatencyP95Ms = 1500,
        RequestsPerDay = 20_000,
        DataSensitivity = DataSensitivity.Confidential,
        Governance = 3,
        Control = 2,
        MlExpertise = MlExpertise.Strong,
        Baseline = Baseline.Close,
        BaselineErrorRatePct = 10,
    };

    /// <summary>What quick triage typically yields: four fields known, the other fourteen defaulted.</summary>
    public static ProjectConstraints QuickTriageLike { get; } = new()
    {
        DeadlineWeeks = 6,
        LabeledExamples = 300,
        DataSensitivity = DataSensitivity.Confidential,
        BudgetUsd = 40_000,
    };

    /// <summary>Nothing given: every field defaulted.</summary>
    public static ProjectConstraints Empty { get; } = new();

    /// <summary>
    /// The heaviest shape: sovereign, research team, 600B-token corpus, 2-year horizon (seed 003's national-language
    /// legal platform), so the pretraining estimators and the corpus-dependent flip candidates all do real work.
    /// </summary>
    public static ProjectConstraints FromScratchHeavy { get; } = new()
    {
        UseCase = "National-language legal research platform, on-prem, strict audit",
        TaskType = TaskType.Qa,
        Need = Need.DomainLanguage,
        KnowledgeChange = KnowledgeChange.Rarely,
        LabeledExamples = 30_000,
        DomainCorpusTokens = 6e11,
        DataQuality = DataQuality.Clean,
        DomainNovelty = 5,
        BudgetUsd = 12e6,
        DeadlineWeeks = 104,
        LatencyP95Ms = 800,
        RequestsPerDay = 200_000,
        DataSensitivity = DataSensitivity.Sovereign,
        Governance = 5,
        Control = 5,
        MlExpertise = MlExpertise.Research,
        Baseline = Baseline.Far,
    };
}
