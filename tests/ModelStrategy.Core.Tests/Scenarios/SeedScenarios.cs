using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Scenarios;

/// <summary>Every scenario the four seed articles describe concretely enough to derive constraints from.</summary>
public static class SeedScenarios
{
    public static TheoryData<SeedScenario> All => [.. Seed000, .. Seed002, .. Seed003];

    private static readonly SeedScenario[] Seed000 =
    [
        new("seed 000: hedge fund, proprietary model for real-time trading (pretraining, 4–8 months, $10M+)", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 1e12,
            LabeledExamples = 100_000, DataQuality = DataQuality.Clean, BudgetUsd = 20e6, DeadlineWeeks = 52, LatencyP95Ms = 250,
            RequestsPerDay = 1e6, DataSensitivity = DataSensitivity.Sovereign, Governance = 3, Control = 5,
            MlExpertise = MlExpertise.Research, Baseline = Baseline.Far,
        }, PathId.FromScratch, (10e6, null), (4 * 52 / 12.0, 8 * 52 / 12.0)),
        new("seed 000: biotech R&D chatbot fine-tuned on internal documentation (4–6 weeks, low-to-mid six figures)", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.DomainLanguage, DomainNovelty = 3, DomainCorpusTokens = 1e8, LabeledExamples = 20_000,
            DataQuality = DataQuality.Clean, BudgetUsd = 400_000, DeadlineWeeks = 6, DataSensitivity = DataSensitivity.Confidential,
            Governance = 2, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Far, KnowledgeChange = KnowledgeChange.Rarely,
        }, PathId.Peft, (100_000, 500_000), (4, 6)),
        new("seed 000: enterprise IT knowledge assistant, RAG for a fast win (1–2 weeks, low five figures)", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Weekly, BudgetUsd = 40_000, DeadlineWeeks = 2,
            DataSensitivity = DataSensitivity.Internal, Governance = 1, MlExpertise = MlExpertise.Basic, RequestsPerDay = 2000,
        }, PathId.Rag, (10_000, 50_000), (1, 2)),
        new("seed 000: hybrid, RAG first then LoRA for domain gaps (mid-five to low-six figures)", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Both, KnowledgeChange = KnowledgeChange.Weekly, LabeledExamples = 3000,
            DataQuality = DataQuality.Clean, BudgetUsd = 250_000, DeadlineWeeks = 16, DataSensitivity = DataSensitivity.Internal,
            Governance = 2, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Close, RequestsPerDay = 5000,
        }, PathId.RagPeft, (30_000, 300_000), (2, 26)),
    ];

    private static readonly SeedScenario[] Seed002 =
    [
        new("seed 002: legal document summarizer (base models know legal language: fine-tuning is the lever)", new ProjectConstraints
        {
            TaskType = TaskType.Summarization, Need = Need.Behavior, DomainNovelty = 1, LabeledExamples = 3000, DataQuality = DataQuality.Clean,
            BudgetUsd = 150_000, DeadlineWeeks = 12, DataSensitivity = DataSensitivity.Confidential, Governance = 3,
            MlExpertise = MlExpertise.Strong, Baseline = Baseline.Close, BaselineErrorRatePct = 15,
        }, PathId.Peft),
        new("seed 002: proprietary spectroscopy data never seen in public corpora (domain-adaptive pretraining first)", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 5e9,
            LabeledExamples = 5000, DataQuality = DataQuality.Clean, BudgetUsd = 800_000, DeadlineWeeks = 30,
            DataSensitivity = DataSensitivity.Confidential, Governance = 2, Control = 3, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Far,
        }, PathId.ContinuedPretraining),
    ];

    private static readonly SeedScenario[] Seed003 =
    [
        new("seed 003 matrix: launch in under 8 weeks with limited labelled data → pre-trained + retrieval", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Knowledge, DeadlineWeeks = 6, LabeledExamples = 150, BudgetUsd = 60_000,
            DataSensitivity = DataSensitivity.Internal,
        }, PathId.Rag),
        new("seed 003 matrix: recurring, measurable failures in a high-volume workflow → fine-tune", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 9,
            RequestsPerDay = 200_000, LabeledExamples = 8000, DataQuality = DataQuality.Clean, BudgetUsd = 200_000, DeadlineWeeks = 16,
            MlExpertise = MlExpertise.Strong,
        }, PathId.Peft),
        new("seed 003 matrix: hard sovereignty/control constraints and a durable data moat → from scratch", new ProjectConstraints
        {
            TaskType = TaskType.Generation, Need = Need.DomainLanguage, DomainNovelty = 4, DomainCorpusTokens = 8e11,
            LabeledExamples = 20_000, DataQuality = DataQuality.Clean, BudgetUsd = 15e6, DeadlineWeeks = 78,
            DataSensitivity = DataSensitivity.Sovereign, Governance = 3, Control = 5, MlExpertise = MlExpertise.Research, Baseline = Baseline.Far,
        }, PathId.FromScratch),
        new("seed 003: support assistant whose core gap is missing account context → RAG", new ProjectConstraints
        {
            TaskType = TaskType.Summarization, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Daily, LabeledExamples = 200,
            BudgetUsd = 80_000, DeadlineWeeks = 8, DataSensitivity = DataSensitivity.Internal, RequestsPerDay = 5000,
        }, PathId.Rag),
        new("seed 003: claims assistant emitting strict-schema JSON, 8–12% invalid fields with prompting → fine-tune", new ProjectConstraints
        {
            TaskType = TaskType.Extraction, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 10,
            LabeledExamples = 5000, DataQuality = DataQuality.Clean, RequestsPerDay = 20_000, BudgetUsd = 150_000, DeadlineWeeks = 12,
            DataSensitivity = DataSensitivity.Confidential, MlExpertise = MlExpertise.Strong, Governance = 3,
        }, PathId.Peft),
        new("seed 003: medical coding assistant confusing similar procedure codes → fine-tune with adjudicated samples", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 14,
            LabeledExamples = 12_000, DataQuality = DataQuality.Clean, RequestsPerDay = 30_000, BudgetUsd = 250_000, DeadlineWeeks = 20,
            DataSensitivity = DataSensitivity.Confidential, Governance = 4, MlExpertise = MlExpertise.Strong,
        }, PathId.Peft),
        new("seed 003: national-language legal platform, on-prem, strict audit, language public models miss → from scratch", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 6e11, LabeledExamples = 30_000,
            DataQuality = DataQuality.Clean, BudgetUsd = 12e6, DeadlineWeeks = 104, DataSensitivity = DataSensitivity.Sovereign,
            Governance = 5, Control = 5, MlExpertise = MlExpertise.Research, Baseline = Baseline.Far,
        }, PathId.FromScratch),
    ];
}
