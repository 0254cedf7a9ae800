using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Tests.Formatting;

public sealed class FieldDisplayTests
{
    [Theory]
    [InlineData(ConstraintFields.BudgetUsd, "50000", "budget $50k")]
    [InlineData(ConstraintFields.DeadlineWeeks, "6", "deadline 6 weeks")]
    [InlineData(ConstraintFields.LatencyP95Ms, "200", "latency budget 200 ms")]
    [InlineData(ConstraintFields.LabeledExamples, "2000", "labelled examples 2,000")]
    [InlineData(ConstraintFields.DataSensitivity, "confidential", "data sensitivity confidential")]
    [InlineData(ConstraintFields.Governance, "4", "governance pressure 4 of 5")]
    [InlineData(ConstraintFields.DomainCorpusTokens, "5000000000", "domain text 5B tokens")]
    public void Pair_ReadsAsPlainWords(string field, string value, string expected) => Assert.Equal(expected, FieldDisplay.Pair(field, value));

    [Fact]
    public void Label_EveryField_HasAPlainName() =>
        Assert.All(ConstraintFields.All, field => Assert.NotEqual(field, FieldDisplay.Label(field)));
}
