using System.Text.Json.Nodes;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>Every color, size, weight, spacing and container style a card uses exists in Teams' light host config.</summary>
public sealed class HostConfigTests
{
    private static readonly Lazy<JsonObject> HostConfig = new(() => JsonNode.Parse(File.ReadAllText(SharedSchemas.TeamsHostConfig))!.AsObject());

    public static TheoryData<string> Names => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCard_UsesOnlyNamesTheHostConfigDefines(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);
        var config = HostConfig.Value;
        var colors = Keys(config["containerStyles"]!["default"]!["foregroundColors"]);
        var sizes = Keys(config["fontTypes"]!["default"]!["fontSizes"]);
        var weights = Keys(config["fontTypes"]!["default"]!["fontWeights"]);
        var spacings = Keys(config["spacing"]).Append("none").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var styles = Keys(config["containerStyles"]);

        foreach (var element in CardJson.Objects(card))
        {
            var type = CardJson.TypeOf(element);
            Check(element, "color", colors);
            Check(element, "size", sizes);
            Check(element, "weight", weights);
            Check(element, "spacing", spacings);
            if (type is "Container" or "Column" or "ColumnSet")
            {
                Check(element, "style", styles);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryTextBlock_WrapsAndAvoidsUnreadableColors(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        foreach (var block in CardJson.OfType(card, "TextBlock"))
        {
            Assert.True((bool?)block["wrap"]);
            // Teams' light theme draws good (#92c353) and warning (#f8d22a) text too pale on white to read.
            Assert.DoesNotContain((string?)block["color"], new[] { "Good", "Warning", "Light" });
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryActionRow_WithinTheHostConfigMaximum(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);
        var max = (int)HostConfig.Value["actions"]!["maxActions"]!;

        var rows = CardJson.OfType(card, "ActionSet").Select(s => s["actions"]!.AsArray()).Append(card["actions"]?.AsArray() ?? []);

        Assert.All(rows, row => Assert.InRange(row.Count(a => (string?)a!["mode"] != "secondary"), 0, max));
    }

    private static void Check(JsonObject element, string property, HashSet<string> allowed)
    {
        if (element[property] is JsonValue value && value.TryGetValue<string>(out var name))
        {
            Assert.True(allowed.Contains(name), $"{CardJson.TypeOf(element)}.{property} \"{name}\" is not in the Teams host config");
        }
    }

    private static HashSet<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
