using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>The limit checker itself: each broken limit is found, so a clean result of PayloadLimitsTests means something.</summary>
public sealed class LimitCheckerTests
{
    public static TheoryData<string> Breakages => [.. Breaks.Keys];

    private static readonly Dictionary<string, Action<JsonArray>> Breaks = new()
    {
        ["too many blocks"] = b => { while (b.Count <= BlockKitLimits.MessageBlocks) { b.Add(new JsonObject { ["type"] = "divider" }); } },
        ["long header"] = b => Find(b, "header")["text"]!["text"] = new string('h', BlockKitLimits.HeaderText + 1),
        ["long section"] = b => Find(b, "section")["text"]!["text"] = new string('s', BlockKitLimits.SectionText + 1),
        ["empty section"] = b => Find(b, "section")["text"]!["text"] = " ",
        ["too many fields"] = b => { var f = Fields(b); while (f.Count <= BlockKitLimits.SectionFields) { f.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = "x" }); } },
        ["long field"] = b => Fields(b)[0]!["text"] = new string('f', BlockKitLimits.SectionFieldText + 1),
        ["long button text"] = b => Button(b)["text"]!["text"] = new string('b', BlockKitLimits.ButtonText + 1),
        ["long button value"] = b => Button(b)["value"] = new string('v', BlockKitLimits.ButtonValue + 1),
        ["long action_id"] = b => Button(b)["action_id"] = new string('a', BlockKitLimits.ActionId + 1),
        ["duplicate action_id"] = b => Button(b)["action_id"] = (string?)Find(b, "actions")["elements"]![1]!["action_id"],
        ["too many buttons"] = b => { var e = Find(b, "actions")["elements"]!.AsArray(); while (e.Count <= BlockKitLimits.ActionsElements) { e.Add(e[0]!.DeepClone()); } },
        ["too many context elements"] = b => { var e = Find(b, "context")["elements"]!.AsArray(); while (e.Count <= BlockKitLimits.ContextElements) { e.Add(e[0]!.DeepClone()); } },
        ["long block_id"] = b => Find(b, "section")["block_id"] = new string('i', BlockKitLimits.BlockId + 1),
        ["unknown block"] = b => b.Add(new JsonObject { ["type"] = "rich_text" }),
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Message_BrokenLimit_IsFound(string breakage)
    {
        var message = Renderers.Create().Render(CardSamples.Get<RecommendationCard>("result-quick"));
        Assert.Empty(LimitChecker.Message(message));

        Breaks[breakage](message.Blocks);

        Assert.NotEmpty(LimitChecker.Message(message));
    }

    [Theory]
    [InlineData("options", BlockKitLimits.SelectOptions + 1)]
    [InlineData("option value", BlockKitLimits.OptionValue + 1)]
    [InlineData("option text", BlockKitLimits.OptionText + 1)]
    [InlineData("initial option", 0)]
    public void Message_BrokenSelect_IsFound(string breakage, int size)
    {
        var message = Renderers.Create().Render(CardSamples.Get<QuestionCard>("question-two-inputs"));
        var select = message.Blocks.Select(b => b!["accessory"]).OfType<JsonObject>().First();
        var options = select["options"]!.AsArray();

        switch (breakage)
        {
            case "options": while (options.Count < size) { options.Add(options[0]!.DeepClone()); } break;
            case "option value": options[0]!["value"] = new string('v', size); break;
            case "option text": options[0]!["text"]!["text"] = new string('t', size); break;
            default: select["initial_option"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" }, ["value"] = "nope" }; break;
        }

        Assert.NotEmpty(LimitChecker.Message(message));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("submit")]
    [InlineData("close")]
    public void Modal_LongButtonOrTitle_IsFound(string key)
    {
        var view = ModalView.Render("meta");
        Assert.Empty(LimitChecker.Modal(view));

        view[key]!["text"] = new string('x', BlockKitLimits.ModalTitle + 1);

        Assert.NotEmpty(LimitChecker.Modal(view));
    }

    private static JsonObject Find(JsonArray blocks, string type) => blocks.Select(b => b!.AsObject()).First(b => (string?)b["type"] == type);

    private static JsonArray Fields(JsonArray blocks) => blocks.Select(b => b!["fields"]).OfType<JsonArray>().First();

    private static JsonObject Button(JsonArray blocks) => Find(blocks, "actions")["elements"]![0]!.AsObject();
}
