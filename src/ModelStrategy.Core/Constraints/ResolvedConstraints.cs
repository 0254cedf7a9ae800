namespace ModelStrategy.Core.Constraints;

/// <summary>The constraints as understood: every field has a value, given or defaulted.</summary>
public sealed record ResolvedConstraints
{
    /// <summary>Free description (empty when none was given).</summary>
    public required string UseCase { get; init; }
#pragma warning disable CS1591 // Same meaning as on ProjectConstraints.
    public required TaskType TaskType { get; init; }
    public required Need Need { get; init; }
    public required KnowledgeChange KnowledgeChange { get; init; }
    public required int LabeledExamples { get; init; }
    public required double DomainCorpusTokens { get; init; }
    public required DataQuality DataQuality { get; init; }
    public required int DomainNovelty { get; init; }
    public required double BudgetUsd { get; init; }
    public required double DeadlineWeeks { get; init; }
    public required double LatencyP95Ms { get; init; }
    public required double RequestsPerDay { get; init; }
    public required DataSensitivity DataSensitivity { get; init; }
    public required int Governance { get; init; }
    public required int Control { get; init; }
    public required MlExpertise MlExpertise { get; init; }
    public required Baseline Baseline { get; init; }
#pragma warning restore CS1591

    /// <summary>Observed failure rate of the baseline; null when not measured (never defaulted).</summary>
    public double? BaselineErrorRatePct { get; init; }

    /// <summary>Back to the optional form, e.g. to adjust one field and recompute.</summary>
    public ProjectConstraints ToProjectConstraints() => new()
    {
        UseCase = UseCase.Length == 0 ? null : UseCase,
        TaskType = TaskType,
        Need = Need,
        KnowledgeChange = KnowledgeChange,
        LabeledExamples = LabeledExamples,
        DomainCorpusTokens = DomainCorpusTokens,
        DataQuality = DataQuality,
        DomainNovelty = DomainNovelty,
        BudgetUsd = BudgetUsd,
        DeadlineWeeks = DeadlineWeeks,
        LatencyP95Ms = LatencyP95Ms,
        RequestsPerDay = RequestsPerDay,
        DataSensitivity = DataSensitivity,
        Governance = Governance,
        Control = Control,
        MlExpertise = MlExpertise,
        Baseline = Baseline,
        BaselineErrorRatePct = BaselineErrorRatePct,
    };
}
