namespace ModelStrategy.Core.Constraints;

/// <summary>The JSON names of the constraint fields, as PRODUCT.md fixes them.</summary>
public static class ConstraintFields
{
#pragma warning disable CS1591 // Each name is the field itself.
    public const string UseCase = "useCase";
    public const string TaskType = "taskType";
    public const string Need = "need";
    public const string KnowledgeChange = "knowledgeChange";
    public const string LabeledExamples = "labeledExamples";
    public const string DomainCorpusTokens = "domainCorpusTokens";
    public const string DataQuality = "dataQuality";
    public const string DomainNovelty = "domainNovelty";
    public const string BudgetUsd = "budgetUsd";
    public const string DeadlineWeeks = "deadlineWeeks";
    public const string LatencyP95Ms = "latencyP95Ms";
    public const string RequestsPerDay = "requestsPerDay";
    public const string DataSensitivity = "dataSensitivity";
    public const string Governance = "governance";
    public const string Control = "control";
    public const string MlExpertise = "mlExpertise";
    public const string Baseline = "baseline";
    public const string BaselineErrorRatePct = "baselineErrorRatePct";
#pragma warning restore CS1591

    /// <summary>Every field, in the order PRODUCT.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UseCase, TaskType, Need, KnowledgeChange, LabeledExamples, DomainCorpusTokens, DataQuality,
        DomainNovelty, BudgetUsd, DeadlineWeeks, LatencyP95Ms, RequestsPerDay, DataSensitivity,
        Governance, Control, MlExpertise, Baseline, BaselineErrorRatePct,
    ];
}
