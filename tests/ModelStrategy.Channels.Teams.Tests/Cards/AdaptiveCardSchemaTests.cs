using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class AdaptiveCardSchemaTests
{
    public static TheoryData<string> Names => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCardKind_ValidAgainstTheOfficialSchema(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        var errors = AdaptiveCardSchema.Errors(card);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCardKind_HasTheRootTeamsNeeds(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["width"] = "Full" }, card["msteams"]));
    }

    [Fact]
    public void Render_LargestRecommendationWithoutBaseUrl_Valid()
    {
        var card = new Teams.Cards.AdaptiveCardRenderer(null).Render(LargeCards.Recommendation());

        Assert.Empty(AdaptiveCardSchema.Errors(card));
    }

    [Fact]
    public void Errors_PropertyUnknownToTheSchema_Reported()
    {
        var card = CardJson.Render(TextCard.Of("hello"));
        card["body"]![0]!["msteams"] = new JsonObject();

        Assert.NotEmpty(AdaptiveCardSchema.Errors(card));
    }
}
