using ModelStrategy.Core.Reports;
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
        Assert.Equal(CardSamples.Cards[name] is CompactRecommendationCard ? "1.3" : "1.5", (string?)card["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["width"] = "Full" }, card["msteams"]));
    }

    [Fact]
    public void Render_LargestRecommendationWithoutBaseUrl_Valid()
    {
        var card = new Teams.Cards.AdaptiveCardRenderer(ReportLinks.Under(null)).Render(LargeCards.Recommendation());

        Assert.Empty(AdaptiveCardSchema.Errors(card));
    }

    [Fact]
    public void Errors13_CardsWithLaterFeatures_Reported()
    {
        var compact = CardJson.Render(CardSamples.Cards[CardActionNames.Share]);
        var execute = compact.DeepClone().AsObject();
        execute["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = "go" });
        var mode = compact.DeepClone().AsObject();
        mode["actions"]![0]!["mode"] = "secondary";
        var table = compact.DeepClone().AsObject();
        table["body"]!.AsArray().Add(new JsonObject { ["type"] = "Table", ["rows"] = new JsonArray() });
        var version = compact.DeepClone().AsObject();
        version["version"] = "1.5";

        Assert.Empty(AdaptiveCardSchema.Errors(compact, "1.3"));
        Assert.All(new[] { execute, mode, table }, card => Assert.Empty(AdaptiveCardSchema.Errors(card)));
        Assert.All(new[] { execute, mode, table, version }, card => Assert.NotEmpty(AdaptiveCardSchema.Errors(card, "1.3")));
    }

    [Fact]
    public void Subset13_DropsWhatCameLater()
    {
        var definitions = AdaptiveCardSchema.Subset("1.3")["definitions"]!.AsObject();

        Assert.False(definitions.ContainsKey("Action.Execute"));
        Assert.False(definitions.ContainsKey("Table"));
        Assert.True(definitions.ContainsKey("Action.ToggleVisibility"));
        Assert.False(definitions["Action.OpenUrl"]!["properties"]!.AsObject().ContainsKey("mode"));
        Assert.True(definitions["Action.OpenUrl"]!["properties"]!.AsObject().ContainsKey("style"));
    }

    [Fact]
    public void Errors_PropertyUnknownToTheSchema_Reported()
    {
        var card = CardJson.Render(TextCard.Of("hello"));
        card["body"]![0]!["msteams"] = new JsonObject();

        Assert.NotEmpty(AdaptiveCardSchema.Errors(card));
    }
}
