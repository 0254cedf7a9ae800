using ModelStrategy.Core.Reports;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class TextAndListCardTests
{
    [Fact]
    public void Render_Help_OneBlockPerLineAndStartButton()
    {
        var help = CardSamples.Get<TextCard>("help");
        var card = CardJson.Render(help);

        var texts = CardJson.Texts(card).ToList();

        Assert.Equal(help.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), texts);
        Assert.Contains(texts, t => t.StartsWith("• start", StringComparison.Ordinal));
        Assert.Equal(help.Actions.Select(a => a.Name), card["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
    }

    [Fact]
    public void Render_NoticeText_SubtleWithoutButtons()
    {
        var notice = CardSamples.Get<TextCard>("notice");
        var card = CardJson.Render(notice);

        var block = Assert.Single(CardJson.OfType(card, "TextBlock"));

        Assert.Equal(TextKind.Notice, notice.Kind);
        Assert.Equal(notice.Text, (string?)block["text"]);
        Assert.True((bool?)block["isSubtle"]);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Render_CancelText_ButtonsWithoutDialogContext()
    {
        var card = CardJson.Render(CardSamples.Get<TextCard>("cancel"));

        var data = CardJson.OfType(card, "Action.Execute").Select(a => a["data"]!.AsObject()).ToList();

        Assert.Equal([CardActionNames.Start, CardActionNames.History], data.Select(d => (string)d[ActionData.Action]!));
        Assert.All(data, d => Assert.Single(d));
    }

    [Fact]
    public void Render_Error_AttentionColorAndExample()
    {
        var error = CardSamples.Get<ErrorCard>("error");
        var card = CardJson.Render(error);

        var blocks = CardJson.OfType(card, "TextBlock").ToList();

        Assert.Equal(error.Message, (string?)blocks[0]["text"]);
        Assert.Equal("Attention", (string?)blocks[0]["color"]);
        Assert.Equal("For example: " + error.Example, (string?)blocks[1]["text"]);
    }

    [Fact]
    public void Render_Comparison_EveryAlternativeWithWhyNot()
    {
        var comparison = CardSamples.Get<ComparisonCard>(CardActionNames.Compare);
        var texts = CardJson.Texts(CardJson.Render(comparison)).ToList();

        Assert.Contains(texts, t => t.Contains(comparison.ChosenName, StringComparison.Ordinal));
        Assert.All(comparison.Alternatives, a => Assert.Contains("Why not: " + a.WhyNot, texts));
        Assert.Equal(comparison.Alternatives.Count + 1, comparison.Scores.Count);
    }

    [Fact]
    public void Render_Assumptions_DefaultsThenFiguresAsFacts()
    {
        var assumptions = CardSamples.Get<AssumptionsCard>(CardActionNames.Assumptions);
        var card = CardJson.Render(assumptions);

        var facts = CardJson.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).ToList();

        Assert.Equal(assumptions.Items.Select(a => a.Defaulted ? FieldDisplay.Label(a.Label) : a.Label), facts.Select(f => (string?)f!["title"]));
        Assert.All(assumptions.Items.Zip(facts), p => Assert.Equal(
            $"{(p.First.Defaulted ? FieldDisplay.Value(p.First.Label, p.First.Value) : p.First.Value)} ({p.First.Source})", (string?)p.Second!["value"]));
        Assert.Contains("Typical values used (you didn't say)", CardJson.Texts(card));
    }

    [Fact]
    public void Render_NothingAssumed_SaysSo()
    {
        var card = CardJson.Render(new AssumptionsCard("r1", []));

        Assert.Contains("Nothing was assumed: every answer came from you.", CardJson.Texts(card));
    }

    [Fact]
    public void Render_History_PathLinkedToItsReportWithSummaryAndWho()
    {
        var history = CardSamples.Get<HistoryCard>("history");
        var texts = CardJson.Texts(CardJson.Render(history)).ToList();
        var first = history.Items[0];

        Assert.Equal(2, history.Items.Count);
        Assert.Contains($"[{first.PathName}]({CardJson.BaseUrl.AbsoluteUri.TrimEnd('/')}{first.ReportPath})", texts);
        Assert.Contains(first.Summary, texts);
        Assert.Contains(texts, t => t.StartsWith(first.ByName + " · ", StringComparison.Ordinal) && t.EndsWith(" UTC", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HistoryWithoutBaseUrl_PlainPathName()
    {
        var history = CardSamples.Get<HistoryCard>("history");

        var texts = CardJson.Texts(new AdaptiveCardRenderer(ReportLinks.Under(null)).Render(history));

        Assert.Contains(history.Items[0].PathName, texts);
    }

    [Theory]
    [InlineData(CardActionNames.Compare)]
    [InlineData(CardActionNames.Assumptions)]
    public void Render_CardAboutOneRecommendation_LinksToItsReport(string name)
    {
        var shown = CardSamples.Cards[name];
        var id = shown switch
        {
            ComparisonCard c => c.RecommendationId,
            AssumptionsCard a => a.RecommendationId,
            _ => throw new InvalidOperationException(name),
        };

        var link = Assert.Single(CardJson.OfType(CardJson.Render(shown), "Action.OpenUrl"));
        var none = CardJson.OfType(new AdaptiveCardRenderer(ReportLinks.Under(null)).Render(shown), "Action.OpenUrl");

        Assert.Equal(RecommendationCardRenderer.ReportTitle, (string?)link["title"]);
        Assert.Equal($"{CardJson.BaseUrl.AbsoluteUri.TrimEnd('/')}/r/{id}", (string?)link["url"]);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("https://bot.example.com", "/r/abc", "https://bot.example.com/r/abc")]
    [InlineData("https://bot.example.com/app/", "/r/abc", "https://bot.example.com/app/r/abc")]
    [InlineData("http://localhost:3978", "/r/abc", "http://localhost:3978/r/abc")]
    [InlineData("https://bot.example.com", "//evil.example.com/r", null)]
    [InlineData("https://bot.example.com", "javascript:alert(1)", null)]
    [InlineData("ftp://bot.example.com", "/r/abc", null)]
    public void For_ReportPath_AbsoluteLinkUnderTheBaseOnly(string baseUrl, string path, string? expected)
    {
        var link = ReportLinks.Under(baseUrl).Report(path);

        Assert.Equal(expected, link?.AbsoluteUri);
    }
}
