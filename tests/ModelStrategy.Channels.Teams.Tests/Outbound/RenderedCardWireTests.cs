using ModelStrategy.Core.Reports;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Channels.Teams.Tests.Cards;
using ModelStrategy.Channels.Teams.Tests.TestSupport;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Outbound;

/// <summary>
/// The outbound path end to end: the card the renderer wrote goes on the wire byte for byte inside the activity (or the
/// invoke response), without being turned into a tree and back.
/// </summary>
public sealed class RenderedCardWireTests
{
    private static readonly TeamsCardRenderer Renderer = new(ReportLinks.Under(CardJson.BaseUrl.AbsoluteUri));

    public static TheoryData<string> Names => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Outgoing_SerialisedActivity_CarriesTheRenderedCardVerbatim(string name)
    {
        var card = CardSamples.Cards[name];
        var sender = new ReplySender(Mock.Of<IConnectorClient>(), Renderer, NullLogger<ReplySender>.Instance);

        var wire = JsonSerializer.Serialize(sender.Outgoing(Activities.Parse(Activities.PersonalMessage), card), ActivityJson.Options);

        var attachment = JsonNode.Parse(wire)!["attachments"]![0]!;
        Assert.Equal(AdaptiveCardRenderer.ContentType, (string?)attachment["contentType"]);
        Assert.True(JsonNode.DeepEquals(CardJson.Render(card), attachment["content"]));
        Assert.Contains(Encoding.UTF8.GetString(new AdaptiveCardRenderer(ReportLinks.Under(CardJson.BaseUrl.AbsoluteUri)).RenderUtf8(card)), wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_SerialisedResponse_CarriesTheRenderedCard()
    {
        var card = CardSamples.Get<QuestionCard>("question-second");

        var result = InboundResult.Invoke(AdaptiveCardRenderer.ContentType, Renderer.Render(card));
        var wire = JsonSerializer.Serialize(result.Body, JsonSerializerOptions.Web);

        var body = JsonNode.Parse(wire)!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.True(JsonNode.DeepEquals(CardJson.Render(card), body["value"]));
    }
}
