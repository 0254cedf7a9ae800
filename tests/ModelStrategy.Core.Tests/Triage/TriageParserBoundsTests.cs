using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;
using ModelStrategy.Core.Triage.Numbers;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>
/// The parse is bounded by construction: at most <see cref="QuantityScanner.MaxQuantities"/> numbers are read, the
/// patterns scan at most <see cref="TriageBudget.MaxScannedCharacters"/> characters in all, and a spent time budget
/// stops every reader. Checked on 4,000-character adversarial inputs (no timing is asserted here; the benchmark in
/// tests/ModelStrategy.Benchmarks/Triage measures the cost).
/// </summary>
public sealed class TriageParserBoundsTests
{
    private static readonly DateOnly ReadOn = new(2026, 3, 2);

    public static TheoryData<string, string> AdversarialTexts => new()
    {
        { "spaces", new string(' ', 4000) },
        { "newlines", new string('\n', 4000) },
        { "digits", new string('9', 4000) },
        { "1,000,", Repeat("1,000,") },
        { "budget keyword", Repeat("budget of about ") },
        { "negated keyword", Repeat("no PII. ") },
        { "launch phrase", Repeat("launch in 6 weeks ") },
        { "labelled counts", Repeat("300 labelled tickets, ") },
        { "short sentences", Repeat("x. ") },
        { "keyword soup", Repeat("our docs on-prem HIPAA audit trail chatbot summarize classify agent no ML team nearly there ") },
        { "mixed", Repeat("$40k 1,000, \n  budget 6 weeks. 9999 no PII; by Q3 ") },
    };

    [Theory]
    [MemberData(nameof(AdversarialTexts))]
    public void Run_AdversarialText_StaysWithinTheCandidateAndScanCaps(string name, string text)
    {
        var scan = TriageParser.Run(text, ReadOn, Timeout.InfiniteTimeSpan);

        Assert.True(scan.Quantities.Count <= QuantityScanner.MaxQuantities, name);
        Assert.InRange(scan.Budget.Scanned, 0, TriageBudget.MaxScannedCharacters);
        Assert.Empty(ConstraintsValidator.Validate(scan.Findings.ToResult(null).Constraints));
    }

    [Fact]
    public void Run_ManyNumbers_ReadsOnlyTheFirstCappedCount()
    {
        var scan = TriageParser.Run(Repeat("1,000,"), ReadOn, Timeout.InfiniteTimeSpan);

        Assert.Equal(QuantityScanner.MaxQuantities, scan.Quantities.Count);
    }

    [Fact]
    public void Run_KeywordSoup_ExhaustsTheWorkBudgetInsteadOfScanningEverything()
    {
        var soup = Repeat("our docs on-prem HIPAA audit trail chatbot summarize classify agent no ML team nearly there ");

        var scan = TriageParser.Run(soup, ReadOn, Timeout.InfiniteTimeSpan);

        Assert.True(scan.Budget.Scanned > TriageBudget.MaxScannedCharacters - soup.Length, $"scanned {scan.Budget.Scanned}");
        Assert.True(scan.Budget.Spent);
    }

    [Fact]
    public void Run_SpentTimeBudget_StopsEveryReader()
    {
        var scan = TriageParser.Run("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k, chatbot", ReadOn, TimeSpan.Zero);

        Assert.Empty(scan.Findings.ToResult(null).Understood);
    }

    [Fact]
    public void Run_SameTextWithoutABudgetLimit_UnderstandsIt()
    {
        var scan = TriageParser.Run("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k, chatbot", ReadOn, Timeout.InfiniteTimeSpan);

        Assert.Equal(5, scan.Findings.ToResult(null).Understood.Count);
    }

    [Fact]
    public void Parse_EachNumber_FeedsExactlyOneField()
    {
        var result = TriageParser.Parse("$40k for 300 labelled tickets, p95 200ms, 2 months, 5k requests/day");

        Assert.Equal(40_000, result.Constraints.BudgetUsd);
        Assert.Equal(300, result.Constraints.LabeledExamples);
        Assert.Equal(200, result.Constraints.LatencyP95Ms);
        Assert.Equal(2 * 52 / 12.0, result.Constraints.DeadlineWeeks);
        Assert.Equal(5000, result.Constraints.RequestsPerDay);
        Assert.Null(result.Constraints.DomainCorpusTokens);
    }

    private static string Repeat(string piece)
    {
        var text = new System.Text.StringBuilder(4000);
        while (text.Length + piece.Length <= 4000)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
