using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>The outcome form in a message: input blocks Slack sends back in the Save click's state.values, as documented for block_actions.</summary>
[Trait("Category", "Contract")]
public sealed class OutcomeFormReaderTests
{
    private readonly BlockKitRenderer _renderer = Renderers.Create();

    [Fact]
    public void Render_TheForm_HasAPlainTextInputPerField_HoldingWhatWasTyped()
    {
        var card = CardSamples.Get<TextCard>("outcome-form-refused");

        var inputs = SlackPayloads.Blocks(_renderer.Render(card)).Where(b => (string?)b["type"] == "input").ToList();

        Assert.Equal(card.Fields.Select(f => ActionCodec.FieldPrefix + f.Id), inputs.Select(b => (string?)b["element"]!["action_id"]));
        Assert.Equal(card.Fields.Select(f => f.Value), inputs.Select(b => (string?)b["element"]!["initial_value"]));
        Assert.All(inputs, b => Assert.Equal("plain_text_input", (string?)b["element"]!["type"]));
    }

    [Theory]
    [InlineData("10 weeks", "$40k")]
    [InlineData(null, "40000")]
    public void ReadAction_Save_ReadsEachTypedField_AndLeavesAnEmptyOneOut(string? weeks, string cost)
    {
        var card = CardSamples.Get<TextCard>("outcome-form");
        var message = _renderer.Render(card);
        var click = JsonNode.Parse(SlackPayloads.Click(message, SlackPayloads.Button(message, "Save")).GetRawText())!.AsObject();
        var values = click["state"]!["values"]!.AsObject();
        values["ms.form.weeks"] = new JsonObject { ["ms.field.weeks"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = weeks } };
        values["ms.form.cost"] = new JsonObject { ["ms.field.cost"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = cost } };

        var action = BlockKitReader.ReadAction(SlackPayloads.Parse(click));

        Assert.NotNull(action);
        Assert.Equal(CardActionNames.Outcome, action.Name);
        var expected = new Dictionary<string, string>(card.Actions[0].Values) { [CardActionNames.CostKey] = cost };
        if (weeks is not null)
        {
            expected[CardActionNames.WeeksKey] = weeks;
        }

        Assert.Equal(expected, action.Values);
    }
}
