using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>Preparing the parser's patterns in parts (as a host does on several threads) changes no parse.</summary>
public sealed class TriageParserPrepareTests
{
    [Theory]
    [InlineData(-1, 2)]
    [InlineData(2, 2)]
    [InlineData(0, 0)]
    [InlineData(0, -3)]
    public void Prepare_PartOutsideTheParts_Throws(int part, int parts)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TriageParser.Prepare(part, parts));
    }

    [Fact]
    public async Task Prepare_EveryPartOnItsOwnThread_ThenParse_ReadsEveryFieldTheTextStates()
    {
        // Arrange
        const int parts = 3;
        const string text = "launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k, under 200 ms";

        // Act
        await Task.WhenAll(Enumerable.Range(0, parts).Select(part => Task.Run(() => TriageParser.Prepare(part, parts))));
        var result = TriageParser.Parse(text);

        // Assert
        Assert.Equal(6, result.Constraints.DeadlineWeeks);
        Assert.Equal(300, result.Constraints.LabeledExamples);
        Assert.Equal(40_000, result.Constraints.BudgetUsd);
        Assert.Equal(200, result.Constraints.LatencyP95Ms);
        Assert.Equal(DataSensitivity.Confidential, result.Constraints.DataSensitivity);
    }
}
