using FsCheck;
using FsCheck.Fluent;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Properties;

/// <summary>Random valid constraints, each field sometimes missing (so defaults are exercised too).</summary>
internal static class ConstraintsGen
{
    public static Arbitrary<ProjectConstraints> Arbitrary { get; } = Constraints().ToArbitrary();

    public static Gen<ProjectConstraints> Constraints() =>
        from task in Maybe(Elements<TaskType>())
        from need in Maybe(Elements<Need>())
        from change in Maybe(Elements<KnowledgeChange>())
        from labeled in Maybe(Gen.Elements(0, 10, 60, 150, 400, 900, 1500, 3000, 8000, 40_000, 250_000))
        from corpus in Maybe(Gen.Elements(0, 5e7, 2e8, 3e9, 4e10, 3e11, 1.5e12))
        from quality in Maybe(Elements<DataQuality>())
        from novelty in Maybe(Gen.Choose(0, 5))
        from budget in Maybe(Gen.Elements(3_000, 15_000, 40_000, 90_000, 250_000, 900_000, 3e6, 2.5e7))
        from deadline in Maybe(Gen.Elements(1, 3, 6, 10, 16, 30, 60, 120.0))
        from latency in Maybe(Gen.Elements(30, 80, 150, 300, 800, 2000, 8000.0))
        from volume in Maybe(Gen.Elements(0, 50, 1000, 25_000, 400_000, 5e6))
        from sensitivity in Maybe(Elements<DataSensitivity>())
        from governance in Maybe(Gen.Choose(0, 5))
        from control in Maybe(Gen.Choose(0, 5))
        from expertise in Maybe(Elements<MlExpertise>())
        from baseline in Maybe(Elements<Baseline>())
        from errorRate in Maybe(Gen.Elements(1, 8, 12, 40.0))
        select new ProjectConstraints
        {
            TaskType = task, Need = need, KnowledgeChange = change, LabeledExamples = labeled, DomainCorpusTokens = corpus,
            DataQuality = quality, DomainNovelty = novelty, BudgetUsd = budget, DeadlineWeeks = deadline, LatencyP95Ms = latency,
            RequestsPerDay = volume, DataSensitivity = sensitivity, Governance = governance, Control = control,
            MlExpertise = expertise, Baseline = baseline, BaselineErrorRatePct = errorRate,
        };

    private static Gen<T> Elements<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v), gen.Select(v => (T?)v));
}
