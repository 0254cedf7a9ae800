using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Pricing;

/// <summary>One representative project: a name in plain words and its constraints.</summary>
/// <param name="Name">What the project is.</param>
/// <param name="Constraints">Its constraints (the rest take their stated defaults).</param>
public sealed record TypicalProject(string Name, ProjectConstraints Constraints);

/// <summary>
/// Representative projects, one or more per path and serving kind (hosted API, hosted endpoint, own GPUs), drawn from
/// the seed articles' scenarios: what a price change is checked against before it goes live.
/// </summary>
public static class TypicalProjects
{
    /// <summary>Every typical project, lightest path first.</summary>
    public static IReadOnlyList<TypicalProject> All { get; } =
    [
        new("Internal FAQ answers from a prompt, low volume", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Behavior, Baseline = Baseline.Close, BudgetUsd = 30_000, DeadlineWeeks = 4,
            RequestsPerDay = 500, DataSensitivity = DataSensitivity.Internal, Governance = 1,
        }),
        new("IT knowledge assistant over weekly-changing docs", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Weekly, BudgetUsd = 40_000, DeadlineWeeks = 2,
            DataSensitivity = DataSensitivity.Internal, Governance = 1, MlExpertise = MlExpertise.Basic, RequestsPerDay = 2000,
        }),
        new("Customer-data support assistant on own GPUs", new ProjectConstraints
        {
            TaskType = TaskType.Summarization, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Daily, LabeledExamples = 200,
            BudgetUsd = 150_000, DeadlineWeeks = 10, DataSensitivity = DataSensitivity.Confidential, RequestsPerDay = 20_000,
        }),
        new("Strict-schema extraction with a close baseline", new ProjectConstraints
        {
            TaskType = TaskType.Extraction, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 10, LabeledExamples = 5000,
            DataQuality = DataQuality.Clean, RequestsPerDay = 20_000, BudgetUsd = 150_000, DeadlineWeeks = 12,
            DataSensitivity = DataSensitivity.Confidential,
        }),
        new("High-volume ticket classification", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 9,
            RequestsPerDay = 200_000, LabeledExamples = 8000, DataQuality = DataQuality.Clean, BudgetUsd = 200_000, DeadlineWeeks = 16,
            MlExpertise = MlExpertise.Strong,
        }),
        new("Knowledge plus house style, 800 labelled answers", new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Both, KnowledgeChange = KnowledgeChange.Weekly, LabeledExamples = 800,
            DataQuality = DataQuality.Clean, BudgetUsd = 250_000, DeadlineWeeks = 16, DataSensitivity = DataSensitivity.Internal,
            Governance = 2, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Close, RequestsPerDay = 5000,
        }),
        new("Claims extraction far from target, 60k labels, in-house", new ProjectConstraints
        {
            TaskType = TaskType.Extraction, Need = Need.Behavior, Baseline = Baseline.Far, BaselineErrorRatePct = 12,
            LabeledExamples = 60_000, DataQuality = DataQuality.Clean, BudgetUsd = 600_000, DeadlineWeeks = 26, LatencyP95Ms = 400,
            RequestsPerDay = 200_000, DataSensitivity = DataSensitivity.Confidential, Governance = 3, Control = 4,
            MlExpertise = MlExpertise.Strong, DomainNovelty = 2, KnowledgeChange = KnowledgeChange.Rarely,
        }),
        new("Proprietary domain language, 5B tokens of text", new ProjectConstraints
        {
            TaskType = TaskType.Classification, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 5e9,
            LabeledExamples = 5000, DataQuality = DataQuality.Clean, BudgetUsd = 800_000, DeadlineWeeks = 30,
            DataSensitivity = DataSensitivity.Confidential, Governance = 2, Control = 3, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Far,
        }),
        new("Sovereign model of its own, 800B tokens", new ProjectConstraints
        {
            TaskType = TaskType.Generation, Need = Need.DomainLanguage, DomainNovelty = 4, DomainCorpusTokens = 8e11,
            LabeledExamples = 20_000, DataQuality = DataQuality.Clean, BudgetUsd = 15e6, DeadlineWeeks = 78,
            DataSensitivity = DataSensitivity.Sovereign, Governance = 3, Control = 5, MlExpertise = MlExpertise.Research, Baseline = Baseline.Far,
        }),
    ];
}
