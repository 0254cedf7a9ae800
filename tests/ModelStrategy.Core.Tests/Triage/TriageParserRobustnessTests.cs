using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Tests.Triage;

public sealed class TriageParserRobustnessTests
{
    public static TheoryData<string?> BlankTexts => new() { null, string.Empty, "   ", "\t\r\n", "\0\0" };

    public static TheoryData<string> HostileTexts => new()
    {
        new string('9', 100_000),
        string.Concat(Enumerable.Repeat("$", 50_000)),
        string.Concat(Enumerable.Repeat("1,", 40_000)),
        string.Concat(Enumerable.Repeat("budget of about ", 5_000)),
        string.Concat(Enumerable.Repeat("no ", 20_000)) + "labeled data",
        "\uD800\uDC00\uD800 budget \uDFFF $40k \u0000\u0007\u001b[31m",
        "🚀 launch in 6 weeks 🚀 with 300 labeled tickets ✅",
        "ＢＵＤＧＥＴ ４０ｋ and ٣٠٠ labeled tickets",
        "İSTANBUL ıı budget 40K",
        "$99999999999999999999999999999999999999k",
        "1e308 tokens, 9999999999999 labeled examples, 99999999 years",
    };

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Parse_BlankText_ReturnsNothingUnderstood(string? text)
    {
        var result = TriageParser.Parse(text);

        Assert.Empty(result.Understood);
        Assert.Equal(new ProjectConstraints(), result.Constraints);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Parse_HostileText_ReturnsValidConstraintsWithPhrasesFromText(string text)
    {
        var result = TriageParser.Parse(text);

        Assert.Empty(ConstraintsValidator.Validate(result.Constraints));
        Assert.All(result.Understood, item => Assert.Contains(item.Phrase, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LongText_KeepsAtMost500CharactersOfUseCase()
    {
        var result = TriageParser.Parse(string.Concat(Enumerable.Repeat("we want a helpful assistant. ", 100)));

        Assert.NotNull(result.Constraints.UseCase);
        Assert.InRange(result.Constraints.UseCase.Length, 1, ConstraintsValidator.MaxUseCaseLength);
    }

    [Fact]
    public void Parse_UseCaseCutAtSurrogatePair_DoesNotSplitThePair()
    {
        var result = TriageParser.Parse(new string('a', 499) + "😀 tail");

        Assert.Equal(new string('a', 499), result.Constraints.UseCase);
    }

    [Fact]
    public void Parse_ControlCharactersAndRuns_CollapseToSingleSpacesInUseCase()
    {
        var result = TriageParser.Parse("  summarize\t\tcalls\r\n\u0007for  agents  ");

        Assert.Equal("summarize calls for agents", result.Constraints.UseCase);
    }

    [Fact]
    public void Parse_UnknownWordsOnly_SetsOnlyUseCase()
    {
        var result = TriageParser.Parse("lorem ipsum dolor sit amet");

        Assert.Empty(result.Understood);
        Assert.Equal(new ProjectConstraints { UseCase = "lorem ipsum dolor sit amet" }, result.Constraints);
    }

    [Fact]
    public void Parse_MentionPastScanLimit_IsNotRead()
    {
        var result = TriageParser.Parse(new string(' ', TriageParser.MaxScannedLength) + "budget 40k");

        Assert.Null(result.Constraints.BudgetUsd);
    }

    [Fact]
    public void Parse_FieldMentionedTwice_FirstClearMentionWins()
    {
        var result = TriageParser.Parse("about 8 weeks of work left; launch in 6 weeks; 10 weeks at most");

        Assert.Equal(6, result.Constraints.DeadlineWeeks);
    }

    [Fact]
    public void Parse_SensitivityMentionedTwice_StrictestWins()
    {
        var result = TriageParser.Parse("mostly public data, some PII, and everything must stay on-prem");

        Assert.Equal(DataSensitivity.Sovereign, result.Constraints.DataSensitivity);
        Assert.Equal("on-prem", Assert.Single(result.Understood).Phrase);
    }

    [Fact]
    public void Parse_EachNumber_FeedsExactlyOneField()
    {
        var result = TriageParser.Parse("$40k for 300 tickets, p95 200ms, 2 months");

        Assert.Equal(40_000, result.Constraints.BudgetUsd);
        Assert.Null(result.Constraints.LabeledExamples);
        Assert.Equal(200, result.Constraints.LatencyP95Ms);
        Assert.Equal(2 * 52 / 12.0, result.Constraints.DeadlineWeeks);
        Assert.Null(result.Constraints.RequestsPerDay);
        Assert.Null(result.Constraints.DomainCorpusTokens);
    }

    [Fact]
    public void Parse_BudgetWordBeforeDuration_IsNotMoney()
    {
        var result = TriageParser.Parse("a time budget of 6 weeks, budget is 6 months");

        Assert.Null(result.Constraints.BudgetUsd);
        Assert.Equal(6, result.Constraints.DeadlineWeeks);
    }
}
