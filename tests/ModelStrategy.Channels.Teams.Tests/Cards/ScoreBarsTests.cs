using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class ScoreBarsTests
{
    [Theory]
    [InlineData("result-guided")]
    [InlineData("result-quick-large")]
    [InlineData("compare")]
    public void Render_EveryPath_BarWeightedByItsScore(string name)
    {
        var source = CardSamples.Cards[name];
        var scores = source is RecommendationCard r ? r.Scores : Assert.IsType<ComparisonCard>(source).Scores;
        var card = CardJson.Render(source);

        Assert.Equal(7, scores.Count);
        foreach (var bar in scores.Where(b => b.Score > 0))
        {
            var filled = CardJson.ById(card, ScoreBars.BarId(bar));
            Assert.Equal(bar.Score, (int)filled["width"]!);
            Assert.Equal(bar.Chosen ? "good" : bar.Feasible ? "accent" : "attention", (string?)filled["style"]);
            var set = filled.Parent!.AsArray();
            Assert.Equal(bar.Score == 100 ? 1 : 2, set.Count);
            if (bar.Score < 100)
            {
                Assert.Equal(100 - bar.Score, (int)set[1]!["width"]!);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(100)]
    public void Render_ScoreAtTheEnds_NoZeroWidthColumn(int score)
    {
        var bar = new ScoreBar(PathId.Rag, "RAG", score, Feasible: true, Chosen: true);
        var card = CardJson.Render(new ComparisonCard("r1", "RAG", [bar], []));

        var widths = CardJson.OfType(card, "Column").Select(c => c["width"]!).Where(w => w.GetValueKind() == System.Text.Json.JsonValueKind.Number).Select(w => (int)w).ToList();

        Assert.DoesNotContain(0, widths);
        Assert.Equal(100, widths.Sum());
        Assert.Contains(CardJson.Texts(card), t => t == score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_LongerBar_ForTheHigherScore()
    {
        var card = CardSamples.Get<RecommendationCard>("result-quick-large");
        var json = CardJson.Render(card);
        var chosen = card.Scores.Single(s => s.Chosen);

        var widths = card.Scores.Where(s => s.Score > 0).ToDictionary(s => s, s => (int)CardJson.ById(json, ScoreBars.BarId(s))["width"]!);

        Assert.Equal(widths.Values.Max(), widths[chosen]);
    }
}
