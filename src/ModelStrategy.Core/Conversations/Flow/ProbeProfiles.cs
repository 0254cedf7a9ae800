using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// Fixed stand-ins for the answers not given yet. On this ladder one answer rarely moves the path alone (fine-tuning
/// needs examples, a close baseline and a team together), so a question is probed against each profile: it can
/// matter when, under some profile, two of its choices lead to different paths.
/// </summary>
internal static class ProbeProfiles
{
    public static IReadOnlyList<ProjectConstraints> All { get; } =
    [
        new(),
        new()
        {
            LabeledExamples = 20_000, DataQuality = DataQuality.Clean, Baseline = Baseline.Close, MlExpertise = MlExpertise.Strong,
            BudgetUsd = 500_000, DeadlineWeeks = 26, RequestsPerDay = 100_000, TaskType = TaskType.Classification,
        },
        new()
        {
            LabeledExamples = 100_000, DataQuality = DataQuality.Clean, MlExpertise = MlExpertise.Research, BudgetUsd = 50_000_000,
            DeadlineWeeks = 104, DomainCorpusTokens = 1e12, DomainNovelty = 5, Control = 5, Governance = 4,
            DataSensitivity = DataSensitivity.Sovereign, Baseline = Baseline.Far,
        },
        new() { BudgetUsd = 10_000, DeadlineWeeks = 4, LabeledExamples = 0, MlExpertise = MlExpertise.None },
    ];

    /// <summary>The profile's values for every field that <paramref name="known"/> leaves open.</summary>
    public static ProjectConstraints Fill(ProjectConstraints profile, ProjectConstraints known) => profile.Overlay(known);
}
