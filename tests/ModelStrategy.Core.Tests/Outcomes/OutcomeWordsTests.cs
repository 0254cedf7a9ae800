using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Outcomes;

public sealed class OutcomeWordsTests
{
    private static readonly OutcomeEstimate Range = new(4, 6, 9, 18_000, 26_000, 45_000);
    private static readonly OutcomeEstimate MostLikely = new(null, 6, null, null, 26_000, null);

    [Theory]
    [InlineData(10, 50_000, "Time: above the estimated range; cost: above the estimated range.")]
    [InlineData(3, 10_000, "Time: below the estimated range; cost: below the estimated range.")]
    [InlineData(9, 18_000, "Time: within the estimated range; cost: within the estimated range.")]
    public void Compared_WithARange_SaysWhereTheActualsFall(double weeks, double cost, string words) =>
        Assert.Equal(words, OutcomeWords.Compared(Range, new OutcomeActuals(weeks, cost, "Ana", DateTimeOffset.UnixEpoch)));

    [Theory]
    [InlineData(8, 20_000, "Time: well above the most likely estimate; cost: well below the most likely estimate.")]
    [InlineData(6.5, 28_000, "Time: close to the most likely estimate; cost: close to the most likely estimate.")]
    public void Compared_WithTheMostLikelyValueOnly_SaysHowFarFromIt(double weeks, double cost, string words) =>
        Assert.Equal(words, OutcomeWords.Compared(MostLikely, new OutcomeActuals(weeks, cost, "Ana", DateTimeOffset.UnixEpoch)));

    [Fact]
    public void ReportMarkdown_WithAnOutcome_NamesThePathTakenAndWhatItTook()
    {
        var r = TestServices.Service.RecommendFromText("quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k");
        var outcome = new Outcome
        {
            RecommendationId = r.Id,
            Choice = new OutcomeChoice(PathId.Peft, "Fine-tune with LoRA/QLoRA", r.Path, r.PathName, r.CreatedAt, MostLikely, null, null, "Ana", r.CreatedAt),
            Actuals = new OutcomeActuals(10, 40_000, "Ana", r.CreatedAt),
        };

        var markdown = ReportMarkdown.Render(r, outcome);

        var expected = $"Went with Fine-tune with LoRA/QLoRA (recommended: {r.PathName}); took about 10 weeks and about $40k";
        Assert.Contains($"**Outcome:** {MarkdownWriter.Inline(expected)}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Went with", ReportMarkdown.Render(r), StringComparison.Ordinal);
    }
}
