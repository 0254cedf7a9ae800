using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

public sealed class QuestionBlocksTests
{
    [Fact]
    public void Render_OneInput_OneButtonPerChoiceTypicalMarkedThenControls()
    {
        var card = CardSamples.Get<QuestionCard>("question-first");
        var input = card.Inputs[0];

        var message = Renderers.Create().Render(card);
        var titles = SlackPayloads.Buttons(message).Select(b => (string)b["text"]!["text"]!).ToList();

        Assert.Equal(
            [.. input.Choices.Select(c => c.Value == input.Typical ? c.Title + " (typical)" : c.Title), .. card.Actions.Select(a => a.Title)],
            titles);
        Assert.Contains("_Step 1 of", RecommendationBlocksTests.AllText(message), StringComparison.Ordinal);
        Assert.Contains("*" + card.Title + "*", RecommendationBlocksTests.AllText(message), StringComparison.Ordinal);
        Assert.Contains(card.TypedHint, RecommendationBlocksTests.AllText(message), StringComparison.Ordinal);
        Assert.StartsWith("Step 1 of", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CurrentAnswer_IsTicked()
    {
        var card = CardSamples.Get<QuestionCard>("question-first");
        var answered = card with { Inputs = [card.Inputs[0] with { Current = card.Inputs[0].Choices[2].Value }] };

        var titles = SlackPayloads.Buttons(Renderers.Create().Render(answered)).Select(b => (string)b["text"]!["text"]!);

        Assert.Contains("✓ " + card.Inputs[0].Choices[2].Title, titles);
        Assert.DoesNotContain(titles, t => t.EndsWith("(typical)", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TwoInputs_TwoSelectsPreselectedAndAPrimaryNext()
    {
        var card = CardSamples.Get<QuestionCard>("question-two-inputs");

        var message = Renderers.Create().Render(card);
        var selects = SlackPayloads.Blocks(message).Where(b => b["accessory"] is not null).Select(b => b["accessory"]!).ToList();
        var next = SlackPayloads.Button(message, "Next");

        Assert.Equal(card.Inputs.Select(i => ActionCodec.FieldPrefix + i.Field), selects.Select(s => (string)s["action_id"]!));
        Assert.Equal(card.Inputs.Select(i => i.Current ?? i.Typical), selects.Select(s => (string?)s["initial_option"]?["value"]));
        Assert.Equal(card.Inputs.Select(i => i.Choices.Count), selects.Select(s => s["options"]!.AsArray().Count));
        Assert.Equal("primary", (string?)next["style"]);
    }

    [Fact]
    public void Render_SameFormNextVersion_NewBlockIdsSoSlackDropsTheOldSelection()
    {
        var card = CardSamples.Get<QuestionCard>("question-two-inputs");
        var later = card with { Context = card.Context with { CardVersion = card.Context.CardVersion + 2 } };

        var before = SlackPayloads.Blocks(Renderers.Create().Render(card)).Select(b => (string?)b["block_id"]).OfType<string>().ToHashSet();
        var after = SlackPayloads.Blocks(Renderers.Create().Render(later)).Select(b => (string?)b["block_id"]).OfType<string>().ToList();

        Assert.Equal(card.Inputs.Count, after.Count);
        Assert.DoesNotContain(after, before.Contains);
    }

    [Fact]
    public void Render_ManyChoices_OneSelectThatAnswersWhenPicked()
    {
        var card = CardSamples.Get<QuestionCard>("adjust-picker");
        Assert.True(card.Inputs[0].Choices.Count > QuestionBlocks.MaxChoiceButtons);

        var message = Renderers.Create().Render(card);
        var select = SlackPayloads.Blocks(message).Single(b => b["accessory"] is not null);

        Assert.Equal(ActionCodec.PickActionId, (string?)select["accessory"]!["action_id"]);
        Assert.Equal(card.Inputs[0].Choices.Select(c => c.Value), select["accessory"]!["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal(card.Actions.Select(a => a.Title), SlackPayloads.Buttons(message).Select(b => (string)b["text"]!["text"]!));
    }

    [Fact]
    public void Render_ContextTooLongForABlockId_FallsBackToAFormWithNext()
    {
        var message = Renderers.Create().Render(EdgeCards.All["edge-question-long-ids"]);

        Assert.DoesNotContain(SlackPayloads.Blocks(message), b => ((string?)b["block_id"])?.StartsWith(ActionCodec.PickBlockPrefix, StringComparison.Ordinal) == true);
        Assert.NotNull(SlackPayloads.Button(message, "Next"));
    }

    [Fact]
    public void Render_OverOneHundredChoices_KeepsTheFirstHundredWithValuesThatFit()
    {
        var message = Renderers.Create().Render(EdgeCards.All["edge-question-many-choices"]);
        var options = SlackPayloads.Blocks(message).Single(b => b["accessory"] is not null)["accessory"]!["options"]!.AsArray();

        Assert.Equal(BlockKitLimits.SelectOptions, options.Count);
        Assert.All(options, o => Assert.InRange(((string)o!["value"]!).Length, 1, BlockKitLimits.OptionValue));
    }
}
