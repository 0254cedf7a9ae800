using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Decision;

public sealed class FlipConditionTests
{
    [Fact]
    public void Recommend_BehaviorGapWithoutData_FlipsToFineTuningWithEnoughExamples()
    {
        var constraints = new ProjectConstraints
        {
            Need = Need.Behavior, TaskType = TaskType.Extraction, LabeledExamples = 0, DataQuality = DataQuality.Clean,
            BudgetUsd = 200_000, DeadlineWeeks = 16, MlExpertise = MlExpertise.Strong, Baseline = Baseline.Close,
        };

        var r = TestServices.Recommend(constraints);
        var flip = Assert.Single(r.FlipConditions, f => f.Field == ConstraintFields.LabeledExamples);

        Assert.NotEqual(PathId.Peft, r.Path);
        Assert.Equal(PathId.Peft, flip.NewPath);
        Assert.Contains("Fine-tune with LoRA/QLoRA", flip.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_EveryFlipCondition_ReallyChangesThePathWhenApplied()
    {
        var constraints = new ProjectConstraints
        {
            Need = Need.Knowledge, DeadlineWeeks = 6, LabeledExamples = 300, DataSensitivity = DataSensitivity.Confidential, BudgetUsd = 40_000,
        };
        var r = TestServices.Recommend(constraints);

        Assert.NotEmpty(r.FlipConditions);
        foreach (var flip in r.FlipConditions.Where(f => f.Field == ConstraintFields.BudgetUsd || f.Field == ConstraintFields.Need))
        {
            var changed = flip.Field == ConstraintFields.Need
                ? constraints with { Need = WireName.TryParse<Need>(flip.To, out var need) ? need : throw new InvalidOperationException(flip.To) }
                : constraints with { BudgetUsd = ParseMoney(flip.To) };
            Assert.Equal(flip.NewPath, TestServices.Recommend(changed).Path);
        }
    }

    [Fact]
    public void Recommend_FlipConditions_AreAtMostFiveAndOnePerField()
    {
        var r = TestServices.Recommend(new ProjectConstraints());

        Assert.InRange(r.FlipConditions.Count, 1, 5);
        Assert.Equal(r.FlipConditions.Count, r.FlipConditions.Select(f => f.Field).Distinct().Count());
    }

    private static double ParseMoney(string shown)
    {
        var number = double.Parse(shown.TrimStart('$').TrimEnd('k', 'M'), System.Globalization.CultureInfo.InvariantCulture);
        return shown.EndsWith('M') ? number * 1e6 : shown.EndsWith('k') ? number * 1e3 : number;
    }
}
