using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

[Trait("Category", "Contract")]
public sealed class BlockKitReaderTests
{
    private readonly BlockKitRenderer _renderer = Renderers.Create();

    [Fact]
    public void ReadAction_ChoiceButton_GivesAnswerWithFieldValueAndContext()
    {
        var card = CardSamples.Get<QuestionCard>("question-first");
        var message = _renderer.Render(card);
        var choice = card.Inputs[0].Choices[1];

        var action = BlockKitReader.ReadAction(SlackPayloads.Click(message, SlackPayloads.Button(message, choice.Title)));

        Assert.NotNull(action);
        Assert.Equal(card.ChoiceAction, action.Name);
        Assert.Equal(card.Context, action.Context);
        Assert.Equal(new Dictionary<string, string> { [card.Inputs[0].Field] = choice.Value }, action.Values);
    }

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void ReadAction_EveryCommandButtonOfEverySample_RoundTripsTheCardAction(string name)
    {
        var card = CardSamples.Cards[name];
        var message = _renderer.Render(card);
        var expected = card switch
        {
            QuestionCard q => q.Actions,
            RecommendationCard r => r.Actions,
            TextCard t => t.Actions,
            ReviewCard r => r.Actions,
            _ => [],
        };
        var context = card switch { QuestionCard q => q.Context, RecommendationCard r => r.Context, ReviewCard r => r.Context, _ => null };

        var read = SlackPayloads.Buttons(message).TakeLast(expected.Count)
            .Select(b => BlockKitReader.ReadAction(SlackPayloads.Click(message, b))).ToList();

        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.NotNull(read[i]);
            Assert.Equal(expected[i].Name, read[i]!.Name);
            Assert.Equal(context, read[i]!.Context);
            Assert.Equal(expected[i].Values, read[i]!.Values);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadAction_FormNext_ReadsPickedSelectAndKeepsPreselectedOther(bool slackReportsUntouched)
    {
        var card = CardSamples.Get<QuestionCard>("question-two-inputs");
        var message = _renderer.Render(card);
        var (first, second) = (card.Inputs[0], card.Inputs[1]);
        var picked = first.Choices[^1].Value;

        var action = BlockKitReader.ReadAction(SlackPayloads.Click(message, SlackPayloads.Button(message, "Next"),
            new Dictionary<string, string> { [QuestionBlocks.InputBlockId(card, first)] = picked }, slackReportsUntouched));

        Assert.NotNull(action);
        Assert.Equal(card.ChoiceAction, action.Name);
        Assert.Equal(card.Context, action.Context);
        Assert.Equal(picked, action.Values[first.Field]);
        Assert.Equal(second.Current ?? second.Typical, action.Values[second.Field]);
    }

    [Fact]
    public void ReadAction_PickSelect_GivesAdjustWithTheChosenField()
    {
        var card = CardSamples.Get<QuestionCard>("adjust-picker");
        var message = _renderer.Render(card);
        var blockId = SlackPayloads.Blocks(message).Select(b => (string?)b["block_id"]).Single(id => id?.StartsWith(ActionCodec.PickBlockPrefix, StringComparison.Ordinal) == true)!;

        var action = BlockKitReader.ReadAction(SlackPayloads.Pick(message, blockId, "budgetUsd"));

        Assert.NotNull(action);
        Assert.Equal(CardActionNames.Adjust, action.Name);
        Assert.Equal(card.Context, action.Context);
        Assert.Equal(new Dictionary<string, string> { [CardActionNames.FieldKey] = "budgetUsd" }, action.Values);
    }

    [Fact]
    public void ReadAction_FormSelectChangedAlone_IsNotACommand()
    {
        var card = CardSamples.Get<QuestionCard>("question-two-inputs");
        var message = _renderer.Render(card);
        var blockId = QuestionBlocks.InputBlockId(card, card.Inputs[0]);

        Assert.Null(BlockKitReader.ReadAction(SlackPayloads.Pick(message, blockId, card.Inputs[0].Choices[0].Value)));
    }

    [Fact]
    public void ReadAction_ReportLinkButton_IsNotACommand()
    {
        var message = _renderer.Render(CardSamples.Get<RecommendationCard>("result-guided"));

        Assert.Null(BlockKitReader.ReadAction(SlackPayloads.Click(message, SlackPayloads.Button(message, "Open full report"))));
        Assert.Null(BlockKitReader.ReadAction(SlackPayloads.Click(message, SlackPayloads.Button(message, "Copy as Markdown"))));
    }

    public static TheoryData<string> Tampered => [.. Tamperings.Keys];

    private static readonly Dictionary<string, Action<JsonObject>> Tamperings = new()
    {
        ["not block_actions"] = p => p["type"] = "view_submission",
        ["no type"] = p => p.Remove("type"),
        ["no actions"] = p => p.Remove("actions"),
        ["empty actions"] = p => p["actions"] = new JsonArray(),
        ["actions not an array"] = p => p["actions"] = "x",
        ["action not an object"] = p => p["actions"] = new JsonArray(42),
        ["foreign action_id"] = p => Action(p)["action_id"] = "approve_request",
        ["action_id a number"] = p => Action(p)["action_id"] = 7,
        ["value not json"] = p => Action(p)["value"] = "ms-answer-knowledge",
        ["value truncated json"] = p => Action(p)["value"] = ((string)Action(p)["value"]!)[..20],
        ["value an array"] = p => Action(p)["value"] = "[1,2]",
        ["value without command"] = p => Action(p)["value"] = "{\"c\":{\"d\":\"x\",\"s\":\"y\",\"n\":1}}",
        ["command a number"] = p => Action(p)["value"] = "{\"a\":5}",
        ["version a string"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"c\":{\"d\":\"x\",\"s\":\"y\",\"n\":\"1\"}}",
        ["version fractional"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"c\":{\"d\":\"x\",\"s\":\"y\",\"n\":1.5}}",
        ["version too large"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"c\":{\"d\":\"x\",\"s\":\"y\",\"n\":99999999999}}",
        ["context not an object"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"c\":\"x\"}",
        ["value entry not a string"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"v\":{\"need\":{\"x\":1}}}",
        ["values an array"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"v\":[\"need\"]}",
        ["deeply nested"] = p => Action(p)["value"] = "{\"a\":\"answer\",\"v\":" + new string('[', 5000) + new string(']', 5000) + "}",
        ["button value missing"] = p => Action(p).Remove("value"),
        ["select on a command id"] = p => Action(p)["type"] = "static_select",
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void ReadAction_NotOursOrMalformed_IsNull(string tampering)
    {
        var message = _renderer.Render(CardSamples.Get<QuestionCard>("question-first"));
        var payload = JsonNode.Parse(SlackPayloads.Click(message, SlackPayloads.Buttons(message).First()).GetRawText())!.AsObject();

        Tamperings[tampering](payload);

        Assert.Null(BlockKitReader.ReadAction(SlackPayloads.Parse(payload)));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"block_actions\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"block_actions\",\"actions\":[{\"type\":\"static_select\",\"action_id\":\"ms.pick\",\"block_id\":\"ms.pick.{bad\",\"selected_option\":{\"value\":\"x\"}}]}")]
    [InlineData("{\"type\":\"block_actions\",\"actions\":[{\"type\":\"static_select\",\"action_id\":\"ms.pick\",\"block_id\":\"ms.pick.{\\\"a\\\":\\\"adjust\\\"}\",\"selected_option\":{\"value\":\"x\"}}]}")]
    [InlineData("{\"type\":\"block_actions\",\"actions\":[{\"type\":\"static_select\",\"action_id\":\"ms.pick\",\"block_id\":\"ms.pick.{\\\"a\\\":\\\"adjust\\\",\\\"k\\\":\\\"field\\\"}\",\"selected_option\":null}]}")]
    public void ReadAction_OddPayloads_IsNull(string json)
    {
        Assert.Null(BlockKitReader.ReadAction(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void ReadAction_RandomlyCorruptedPayloads_NeverThrows()
    {
        var message = _renderer.Render(CardSamples.Get<QuestionCard>("question-two-inputs"));
        var json = SlackPayloads.Click(message, SlackPayloads.Button(message, "Next")).GetRawText();
        var random = new Random(20260801);
        var read = 0;

        for (var i = 0; i < 2000; i++)
        {
            var chars = json.ToCharArray();
            for (var n = 0; n < 3; n++)
            {
                chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
            }

            try
            {
                using var document = JsonDocument.Parse(new string(chars));
                BlockKitReader.ReadAction(document.RootElement);
                read++;
            }
            catch (JsonException)
            {
                // Not JSON at all: the endpoint rejects it before the reader sees it.
            }
        }

        Assert.True(read > 100, $"only {read} corrupted payloads were still JSON");
    }

    private const string Noise = "{}[]\":,0a\\ ";

    private static JsonObject Action(JsonObject payload) => payload["actions"]![0]!.AsObject();
}
