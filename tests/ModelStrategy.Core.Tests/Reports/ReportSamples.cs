using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Reports;

/// <summary>Real recommendations for the report tests: one per chosen path, and the edge cases the report must survive.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    // Declared before the samples that use it: static initialisers run in text order.
    private static readonly RecommendationService Service = new(new FakeTimeProvider(Now));

    private static readonly ProjectConstraints Team = new()
    {
        BudgetUsd = 200_000, DeadlineWeeks = 16, MlExpertise = MlExpertise.Strong, DataSensitivity = DataSensitivity.Internal,
    };

    private static readonly Dictionary<PathId, ProjectConstraints> ChosenBy = new()
    {
        [PathId.Prompting] = Team with { Need = Need.General },
        [PathId.Rag] = Team with { Need = Need.Knowledge },
        [PathId.Peft] = Team with { Need = Need.Behavior, LabeledExamples = 3000, DataQuality = DataQuality.Clean, Baseline = Baseline.Close },
        [PathId.RagPeft] = Team with { Need = Need.Both, LabeledExamples = 3000, DataQuality = DataQuality.Clean, Baseline = Baseline.Close },
        // The engine scores full fine-tuning level with LoRA here (both 100) and picks the lighter; see ChosenAs.
        [PathId.FullFineTune] = new()
        {
            Need = Need.Behavior, TaskType = TaskType.Classification, LabeledExamples = 50_000, DataQuality = DataQuality.Clean,
            Baseline = Baseline.Close, BudgetUsd = 500_000, DeadlineWeeks = 26, MlExpertise = MlExpertise.Strong, Control = 5,
            LatencyP95Ms = 60, RequestsPerDay = 100_000,
        },
        [PathId.ContinuedPretraining] = new()
        {
            TaskType = TaskType.Classification, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 5e9,
            LabeledExamples = 5000, DataQuality = DataQuality.Clean, BudgetUsd = 800_000, DeadlineWeeks = 30,
            DataSensitivity = DataSensitivity.Confidential, Governance = 2, Control = 3, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Far,
        },
        [PathId.FromScratch] = new()
        {
            TaskType = TaskType.Qa, Need = Need.DomainLanguage, DomainNovelty = 5, DomainCorpusTokens = 6e11, LabeledExamples = 30_000,
            DataQuality = DataQuality.Clean, BudgetUsd = 12e6, DeadlineWeeks = 104, DataSensitivity = DataSensitivity.Sovereign,
            Governance = 5, Control = 5, MlExpertise = MlExpertise.Research, Baseline = Baseline.Far,
        },
    };

    public static TheoryData<PathId> AllPaths => [.. Enum.GetValues<PathId>()];

    public static TheoryData<string> EdgeCaseNames => [.. EdgeCases.Keys];

    /// <summary>The edge cases: all defaults, one feasible path, none, huge and tiny numbers, text full of markup characters.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Recommendation>> EdgeCases = new Dictionary<string, Func<Recommendation>>
    {
        ["all-defaults"] = () => Recommend(new ProjectConstraints()),
        ["one-feasible"] = () => Recommend(new ProjectConstraints { Need = Need.General, BudgetUsd = 10_000, DeadlineWeeks = 3 }),
        ["none-feasible"] = () => Recommend(new ProjectConstraints { LatencyP95Ms = 5, BudgetUsd = 100 }),
        ["huge"] = () => Recommend(new ProjectConstraints
        {
            BudgetUsd = 1e11, DeadlineWeeks = 1000, DomainCorpusTokens = 1e13, LabeledExamples = 100_000_000, RequestsPerDay = 1e9,
        }),
        ["tiny"] = () => Recommend(new ProjectConstraints { BudgetUsd = 1, DeadlineWeeks = 0.1, LatencyP95Ms = 1, RequestsPerDay = 0 }),
        ["markup-text"] = () => Service.RecommendFromText(MarkupText, new ProjectConstraints { UseCase = MarkupUseCase }),
    };

    public const string MarkupText = "quick: <b>launch</b> in 6 weeks | budget $40k & *customer PII* [x](javascript:alert(1))\n# heading\n- item";

    public const string MarkupUseCase = "<script>alert(1)</script> | `code` & \"quotes\" \u0001";

    public static Recommendation Recommend(ProjectConstraints constraints) => Service.Recommend(constraints);

    /// <summary>A recommendation whose chosen path is <paramref name="path"/>.</summary>
    public static Recommendation ChosenAs(PathId path)
    {
        var r = Recommend(ChosenBy[path]);
        if (path == PathId.FullFineTune)
        {
            // Full fine-tuning ties with LoRA at 100 and loses the tie to the lighter path; the report of a full
            // fine-tuning recommendation is the same recommendation with that path chosen.
            Assert.True(r.Paths.Single(p => p.Path == path).Feasible);
            return r with { Path = path, PathName = PathCatalog.Get(path).Name };
        }

        Assert.Equal(path, r.Path);
        return r;
    }
}
