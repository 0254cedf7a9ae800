using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Tests.Formatting;

public sealed class AssumptionWordsTests
{
    public static TheoryData<string, string> Values => new()
    {
        { ConstraintFields.LabeledExamples, "0" }, { ConstraintFields.LabeledExamples, "2000" },
        { ConstraintFields.DomainCorpusTokens, "0" }, { ConstraintFields.DomainCorpusTokens, "200000000000" },
        { ConstraintFields.BudgetUsd, "50000" }, { ConstraintFields.DeadlineWeeks, "26" }, { ConstraintFields.LatencyP95Ms, "200" },
        { ConstraintFields.RequestsPerDay, "100000" },
        { ConstraintFields.Need, "knowledge" }, { ConstraintFields.Need, "behavior" }, { ConstraintFields.Need, "both" },
        { ConstraintFields.Need, "general" }, { ConstraintFields.Need, "domain-language" },
        { ConstraintFields.KnowledgeChange, "daily" }, { ConstraintFields.KnowledgeChange, "rarely" },
        { ConstraintFields.DataQuality, "clean" }, { ConstraintFields.DataQuality, "mixed" }, { ConstraintFields.DataQuality, "noisy" },
        { ConstraintFields.DataSensitivity, "public" }, { ConstraintFields.DataSensitivity, "internal" },
        { ConstraintFields.DataSensitivity, "confidential" }, { ConstraintFields.DataSensitivity, "sovereign" },
        { ConstraintFields.MlExpertise, "none" }, { ConstraintFields.MlExpertise, "basic" }, { ConstraintFields.MlExpertise, "strong" },
        { ConstraintFields.MlExpertise, "research" },
        { ConstraintFields.Baseline, "untried" }, { ConstraintFields.Baseline, "close" }, { ConstraintFields.Baseline, "far" },
        { ConstraintFields.Governance, "0" }, { ConstraintFields.Governance, "3" }, { ConstraintFields.Governance, "5" },
        { ConstraintFields.Control, "1" }, { ConstraintFields.Control, "5" }, { ConstraintFields.DomainNovelty, "1" }, { ConstraintFields.DomainNovelty, "5" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void OfAndButton_EveryFieldValue_PlainWordsThatFitAButton(string field, string value)
    {
        var words = AssumptionWords.Of(field, value);
        var button = AssumptionWords.Button(field, value);

        Assert.DoesNotContain(field, words, StringComparison.Ordinal);
        Assert.DoesNotContain(field, button, StringComparison.Ordinal);
        var first = words.Split(' ')[0];
        Assert.True(char.IsLower(first[0]) || first.All(char.IsUpper), words);
        Assert.True(char.IsUpper(button[0]), button);
        Assert.InRange(button.Length, 4, 32);
    }

    [Fact]
    public void Of_Numbers_ReadAsPeopleSayThem()
    {
        Assert.Equal("no labelled data", AssumptionWords.Of(ConstraintFields.LabeledExamples, "0"));
        Assert.Equal("about 2,000 labelled examples", AssumptionWords.Of(ConstraintFields.LabeledExamples, "2000"));
        Assert.Equal("a budget of $50k", AssumptionWords.Of(ConstraintFields.BudgetUsd, "50000"));
    }
}
