using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Scenarios;

public sealed class QuickTriageTests
{
    private const string ProductExample = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    [Fact]
    public void RecommendFromText_ProductExample_UnderstandsItAndChoosesRetrieval()
    {
        var r = TestServices.Service.RecommendFromText(ProductExample);

        Assert.Equal(PathId.Rag, r.Path);
        Assert.Equal(6, r.Constraints.DeadlineWeeks);
        Assert.Equal(300, r.Constraints.LabeledExamples);
        Assert.Equal(DataSensitivity.Confidential, r.Constraints.DataSensitivity);
        Assert.Equal(40_000, r.Constraints.BudgetUsd);
        Assert.Equal(ProductExample, r.Text);
        Assert.Superset(
            new HashSet<string> { ConstraintFields.DeadlineWeeks, ConstraintFields.LabeledExamples, ConstraintFields.DataSensitivity, ConstraintFields.BudgetUsd },
            r.Understood.Select(u => u.Field).ToHashSet());
        Assert.DoesNotContain(r.Defaults, d => d.Field == ConstraintFields.BudgetUsd);
        Assert.Contains(r.Defaults, d => d.Field == ConstraintFields.Need);
    }

    [Fact]
    public void RecommendFromText_ExplicitFieldsWin_OverTheText()
    {
        var r = TestServices.Service.RecommendFromText(ProductExample, new ProjectConstraints { BudgetUsd = 90_000 });

        Assert.Equal(90_000, r.Constraints.BudgetUsd);
    }

    [Fact]
    public void RecommendFromText_NothingUnderstood_StillAnswersOnDefaults()
    {
        var r = TestServices.Service.RecommendFromText("blorp zzz");

        Assert.Empty(r.Understood);
        Assert.NotEmpty(r.Rationale);
        Assert.Equal(ConstraintFields.All.Count - 2, r.Defaults.Count);
    }
}
