using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Tests.Blocks.RecommendationBlocksTests;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

public sealed class CompactBlocksTests
{
    private static CompactRecommendationCard Large => CardSamples.Get<CompactRecommendationCard>("compact-expanded") with { Expanded = false };

    [Fact]
    public void Render_Top_PathConfidenceDecisiveReasonsEstimatesProsAndCons()
    {
        var message = Renderers.Create().Render(Large);
        var blocks = SlackPayloads.Blocks(message).ToList();
        var all = AllText(message);

        Assert.Equal(("header", Large.PathName), ((string?)blocks[0]["type"], (string?)blocks[0]["text"]!["text"]));
        Assert.Contains($"{Large.ConfidenceLevel} confidence ({Math.Round(Large.Confidence * 100)}%)", Text(blocks[1]), StringComparison.Ordinal);
        Assert.NotEmpty(Large.Decisive);
        Assert.Equal(Large.Decisive.Select(d => ":point_right: " + d), blocks.Skip(2).Take(Large.Decisive.Count).Select(Text));
        Assert.All(Large.Why, reason => Assert.Contains("• " + reason, all, StringComparison.Ordinal));
        Assert.Contains("*Cost, first 12 months*\n" + Large.Cost.Text, all, StringComparison.Ordinal);
        Assert.Contains("*Time to launch*\n" + Large.Timeline.Text, all, StringComparison.Ordinal);
        Assert.All(Large.Pros.Concat(Large.Cons), item => Assert.Contains("• " + item, all, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Collapsed_NoDetails()
    {
        var all = AllText(Renderers.Create().Render(Large));

        Assert.NotEmpty(Large.Cost.References);
        Assert.DoesNotContain("Published ranges", all, StringComparison.Ordinal);
        Assert.DoesNotContain("How the paths compare", all, StringComparison.Ordinal);
        Assert.DoesNotContain(Large.Details.Alternatives[0].WhyNot, all, StringComparison.Ordinal);
        Assert.NotEmpty(Large.Details.MoreCons);
        Assert.DoesNotContain(Large.Details.MoreCons[0], all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Expanded_TheDetailsAfterTheTop()
    {
        var expanded = Large with { Expanded = true };

        var all = AllText(Renderers.Create().Render(expanded));

        Assert.Contains("*How the paths compare*", all, StringComparison.Ordinal);
        Assert.Contains("Published ranges: " + ModelStrategy.Channels.Slack.Blocks.Mrkdwn.Escape(Large.Cost.References[0]), all, StringComparison.Ordinal);
        Assert.Contains(Large.Details.Alternatives[0].WhyNot, all, StringComparison.Ordinal);
        Assert.All(Large.Details.MoreCons, c => Assert.Contains("• " + c, all, StringComparison.Ordinal));
        Assert.All(Large.Details.WhatWouldChange, w => Assert.Contains("• " + w, all, StringComparison.Ordinal));
        Assert.Contains("*Assumptions*", all, StringComparison.Ordinal);
        Assert.Contains(Assert.IsType<string>(Large.Details.Prices), all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("*Pros*", StringComparison.Ordinal) < all.IndexOf("*How the paths compare*", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Shared_DetailsThenTheReportLinkAndAFallbackWithTheEssentials()
    {
        var shared = CardSamples.Get<CompactRecommendationCard>(CardActionNames.Share);

        var message = Renderers.Create().Render(shared);

        var buttons = SlackPayloads.Buttons(message).ToList();
        Assert.Equal([CompactBlocks.ShowTitle, "Open full report"], buttons.Select(b => (string?)b["text"]!["text"]));
        var details = ActionCodec.Decode((string?)buttons[0]["value"]);
        Assert.Equal(CardActionNames.Details, details?.Name);
        Assert.Equal(shared.RecommendationId, details?.Values[CardActionNames.RecommendationKey]);
        Assert.Equal(Renderers.BaseUrl + shared.ReportPath, (string?)buttons[1]["url"]);
        Assert.Contains(shared.PathName, message.Text, StringComparison.Ordinal);
        Assert.Contains(shared.Cost.Text, message.Text, StringComparison.Ordinal);
        Assert.Contains(shared.Timeline.Text, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutTheDetailsButton_OnlyTheLink()
    {
        var shared = CardSamples.Get<CompactRecommendationCard>(CardActionNames.Share);

        var message = CompactBlocks.Render(shared, ReportLinks.Under(Renderers.BaseUrl), detailsButton: false);

        Assert.Equal(["Open full report"], SlackPayloads.Buttons(message).Select(b => (string?)b["text"]!["text"]));
    }

    [Fact]
    public void Render_WithShare_ACommandButtonThatReadsBackAsShare()
    {
        var card = CardSamples.Get<CompactRecommendationCard>("compact-with-share");
        var message = Renderers.Create().Render(card);
        var share = SlackPayloads.Button(message, "Share");

        var token = ActionCodec.Decode((string?)share["value"]);

        Assert.NotNull(token);
        Assert.Equal(CardActionNames.Share, token.Name);
        Assert.Null(token.Context);
        Assert.Equal(card.RecommendationId, token.Values[CardActionNames.RecommendationKey]);
    }

    [Fact]
    public void Render_CompactCard_HalfAScreenAndShorterThanTheFullCard()
    {
        var full = Renderers.Create().Render(CardSamples.Get<RecommendationCard>("result-quick-large"));

        var compact = Renderers.Create().Render(Large);

        var lines = AllText(compact).Split('\n').Length;

        // About 45 text lines fit one laptop screen of Slack's message pane: the compact card fits in about half of one.
        Assert.InRange(lines, 8, 25);
        Assert.True(lines < AllText(full).Split('\n').Length, $"compact {lines} lines, full {AllText(full).Split('\n').Length}");
        Assert.True(compact.Blocks.Count < full.Blocks.Count);
    }
}
