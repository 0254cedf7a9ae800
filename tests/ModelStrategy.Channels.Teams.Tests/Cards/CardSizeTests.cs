using ModelStrategy.Core.Reports;
using System.Text;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class CardSizeTests
{
    public static TheoryData<string> Names => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCard_UnderTeamsPayloadLimit(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        Assert.InRange(DefaultSerializedBytes(card), 1, AdaptiveCardRenderer.MaxPayloadBytes);
    }

    [Fact]
    public void Render_LargestRealRecommendation_UnderHalfTheLimit()
    {
        var card = CardJson.Render(LargeCards.Recommendation());

        Assert.InRange(DefaultSerializedBytes(card), 1, AdaptiveCardRenderer.MaxPayloadBytes / 2 + 4096);
    }

    [Fact]
    public void Render_WorstCaseRecommendationAsAttachment_UnderTheLimit()
    {
        var attachment = new AdaptiveCardRenderer(ReportLinks.Under(CardJson.BaseUrl.AbsoluteUri)).RenderAttachment(LargeCards.WorstCase());

        Assert.Equal(AdaptiveCardRenderer.ContentType, (string?)attachment["contentType"]);
        Assert.InRange(DefaultSerializedBytes(attachment), 1, AdaptiveCardRenderer.MaxPayloadBytes);
        Assert.InRange(AdaptiveCardRenderer.PayloadBytes(attachment), 1, DefaultSerializedBytes(attachment));
        Assert.Empty(AdaptiveCardSchema.Errors(attachment["content"]!.AsObject()));
    }

    [Fact]
    public void Render_LongHistory_UnderTheLimit()
    {
        var line = CardSamples.Get<HistoryCard>("history").Items[0];
        var card = CardJson.Render(new HistoryCard([.. Enumerable.Repeat(line, 20)]));

        Assert.InRange(DefaultSerializedBytes(card), 1, AdaptiveCardRenderer.MaxPayloadBytes);
    }

    /// <summary>The size with System.Text.Json's default escaping (non-ASCII as \uXXXX): the largest form a sender may produce.</summary>
    private static int DefaultSerializedBytes(System.Text.Json.Nodes.JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());
}
