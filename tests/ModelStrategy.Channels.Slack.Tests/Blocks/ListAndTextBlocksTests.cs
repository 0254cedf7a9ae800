using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

public sealed class ListAndTextBlocksTests
{
    [Fact]
    public void Render_History_EachPathNameLinksToItsReport()
    {
        var card = CardSamples.Get<HistoryCard>("history");

        var all = RecommendationBlocksTests.AllText(Renderers.Create().Render(card));
        var plain = RecommendationBlocksTests.AllText(Renderers.Create(publicBaseUrl: null).Render(card));

        Assert.NotEmpty(card.Items);
        Assert.All(card.Items, i => Assert.Contains($"*<{Renderers.BaseUrl}{i.ReportPath}|{i.PathName}>*", all, StringComparison.Ordinal));
        Assert.All(card.Items, i => Assert.Contains(i.Summary, all, StringComparison.Ordinal));
        Assert.All(card.Items, i => Assert.Contains($"*{i.PathName}*", plain, StringComparison.Ordinal));
        Assert.DoesNotContain("<http", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Comparison_EveryAlternativeWithWhyNot()
    {
        var card = CardSamples.Get<ComparisonCard>("compare");

        var all = RecommendationBlocksTests.AllText(Renderers.Create().Render(card));

        Assert.All(card.Alternatives, a => Assert.Contains($"*{a.Name}* · score {a.Score} · {a.Cost} · {a.Timeline}\n_Why not:_ {a.WhyNot}", all, StringComparison.Ordinal));
        Assert.Contains($"Recommended: *{card.ChosenName}*", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Assumptions_DefaultsFirstThenFigures()
    {
        var card = CardSamples.Get<AssumptionsCard>("assumptions");

        var all = RecommendationBlocksTests.AllText(Renderers.Create().Render(card));

        Assert.Contains(card.Items, a => a.Defaulted);
        Assert.Contains(card.Items, a => !a.Defaulted);
        Assert.True(all.IndexOf("Typical values used", StringComparison.Ordinal) < all.IndexOf("Figures behind the estimates", StringComparison.Ordinal));
        Assert.All(card.Items.Where(a => !a.Defaulted), a => Assert.Contains($"• *{a.Label}*: {a.Value} ({a.Source})", all, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Help_FirstLineBoldAndItsButtons()
    {
        var card = CardSamples.Get<TextCard>("help");

        var message = Renderers.Create().Render(card);
        var first = card.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[0];

        Assert.StartsWith($"*{first}*", RecommendationBlocksTests.AllText(message), StringComparison.Ordinal);
        Assert.Equal(card.Actions.Select(a => a.Title), SlackPayloads.Buttons(message).Select(b => (string)b["text"]!["text"]!));
    }

    [Fact]
    public void Render_Notice_IsSmallGreyContext()
    {
        var card = CardSamples.Get<TextCard>("notice");

        var message = Renderers.Create().Render(card);

        Assert.Equal(TextKind.Notice, card.Kind);
        Assert.Equal("context", (string?)message.Blocks[0]!["type"]);
    }

    [Fact]
    public void Render_Error_MessageAndExample()
    {
        var card = CardSamples.Get<ErrorCard>("error");

        var message = Renderers.Create().Render(card);
        var all = RecommendationBlocksTests.AllText(message);

        Assert.Contains(card.Message, all, StringComparison.Ordinal);
        Assert.Contains("For example: " + card.Example, all, StringComparison.Ordinal);
        Assert.Equal(card.Message, message.Text);
    }

    [Fact]
    public void Render_HugeText_CutWithANoteAndButtonsKept()
    {
        var message = Renderers.Create().Render(EdgeCards.All["edge-text-huge"]);

        Assert.Contains("left out", RecommendationBlocksTests.AllText(message), StringComparison.Ordinal);
        Assert.Equal("actions", (string?)message.Blocks[^1]!["type"]);
    }
}
