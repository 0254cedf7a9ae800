namespace ModelStrategy.Core.Constraints;

/// <summary>
/// What a team knows about its AI feature. Every field is optional; a missing one gets a stated default
/// (see <see cref="ConstraintDefaults"/>). JSON names are the camelCase property names.
/// </summary>
public sealed record ProjectConstraints
{
    /// <summary>Free description, at most 500 characters.</summary>
    public string? UseCase { get; init; }

    /// <summary>Task family.</summary>
    public TaskType? TaskType { get; init; }

    /// <summary>What is missing today.</summary>
    public Need? Need { get; init; }

    /// <summary>How fast the facts change.</summary>
    public KnowledgeChange? KnowledgeChange { get; init; }

    /// <summary>High-quality labelled examples available (≥ 0).</summary>
    public int? LabeledExamples { get; init; }

    /// <summary>Unlabelled in-domain text, in tokens (≥ 0).</summary>
    public double? DomainCorpusTokens { get; init; }

    /// <summary>Quality of the labelled data.</summary>
    public DataQuality? DataQuality { get; init; }

    /// <summary>How far the domain is from public pretraining data, 0–5.</summary>
    public int? DomainNovelty { get; init; }

    /// <summary>Money for the first 12 months, build and run, in US dollars (&gt; 0).</summary>
    public double? BudgetUsd { get; init; }

    /// <summary>Weeks to production launch (&gt; 0).</summary>
    public double? DeadlineWeeks { get; init; }

    /// <summary>Response-time budget at P95, in milliseconds (&gt; 0).</summary>
    public double? LatencyP95Ms { get; init; }

    /// <summary>Expected production volume (≥ 0).</summary>
    public double? RequestsPerDay { get; init; }

    /// <summary>Sensitivity of the data.</summary>
    public DataSensitivity? DataSensitivity { get; init; }

    /// <summary>Regulatory and audit pressure, 0–5.</summary>
    public int? Governance { get; init; }

    /// <summary>Need to own weights, architecture and lifecycle, 0–5.</summary>
    public int? Control { get; init; }

    /// <summary>Team capability.</summary>
    public MlExpertise? MlExpertise { get; init; }

    /// <summary>Best prompting/RAG attempt so far.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Observed failure rate of that baseline, 0–100, if measured.</summary>
    public double? BaselineErrorRatePct { get; init; }

    /// <summary>These constraints with every field that <paramref name="other"/> sets taken from it.</summary>
    public ProjectConstraints Overlay(ProjectConstraints other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ProjectConstraints
        {
            UseCase = other.UseCase ?? UseCase,
            TaskType = other.TaskType ?? TaskType,
            Need = other.Need ?? Need,
            KnowledgeChange = other.KnowledgeChange ?? KnowledgeChange,
            LabeledExamples = other.LabeledExamples ?? LabeledExamples,
            DomainCorpusTokens = other.DomainCorpusTokens ?? DomainCorpusTokens,
            DataQuality = other.DataQuality ?? DataQuality,
            DomainNovelty = other.DomainNovelty ?? DomainNovelty,
            BudgetUsd = other.BudgetUsd ?? BudgetUsd,
            DeadlineWeeks = other.DeadlineWeeks ?? DeadlineWeeks,
            LatencyP95Ms = other.LatencyP95Ms ?? LatencyP95Ms,
            RequestsPerDay = other.RequestsPerDay ?? RequestsPerDay,
            DataSensitivity = other.DataSensitivity ?? DataSensitivity,
            Governance = other.Governance ?? Governance,
            Control = other.Control ?? Control,
            MlExpertise = other.MlExpertise ?? MlExpertise,
            Baseline = other.Baseline ?? Baseline,
            BaselineErrorRatePct = other.BaselineErrorRatePct ?? BaselineErrorRatePct,
        };
    }
}
