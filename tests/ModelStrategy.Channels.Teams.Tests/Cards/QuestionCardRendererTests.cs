using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class QuestionCardRendererTests
{
    [Fact]
    public void Render_OneInputFewChoices_OneButtonPerChoiceSubmittingTheField()
    {
        var question = CardSamples.Get<QuestionCard>("question-first");
        var input = Assert.Single(question.Inputs);
        var card = CardJson.Render(question);

        var choices = ChoiceButtons(card, question).ToList();

        Assert.Equal(input.Choices.Select(c => c.Value), choices.Select(b => (string?)b["data"]![input.Field]));
        Assert.All(choices, b => Assert.Equal("None", (string?)b["associatedInputs"]));
        Assert.Empty(CardJson.OfType(card, "Input.ChoiceSet"));
    }

    [Fact]
    public void Render_OneInput_TypedAnswerBoxWithHintAndItsOwnSend()
    {
        var question = CardSamples.Get<QuestionCard>("question-second");
        var card = CardJson.Render(question);

        var text = Assert.Single(CardJson.OfType(card, "Input.Text"));
        Assert.Equal(CardActionNames.TextKey, (string?)text["id"]);
        Assert.Equal(question.TypedHint, (string?)text["label"]);
        Assert.True((bool)text["isRequired"]!);
        Assert.False(string.IsNullOrEmpty((string?)text["errorMessage"]));
        Assert.Equal(200, (int)text["maxLength"]!);
        var send = Assert.Single(CardJson.OfType(card, "Action.Execute"), a => (string?)a["associatedInputs"] == "Auto");
        Assert.Equal(question.ChoiceAction, (string?)send["verb"]);
    }

    [Fact]
    public void Render_TwoInputs_DropdownPerFieldAndOneSubmit()
    {
        var question = CardSamples.Get<QuestionCard>("question-two-inputs");
        var card = CardJson.Render(question);

        var sets = CardJson.OfType(card, "Input.ChoiceSet").ToList();

        Assert.Equal(question.Inputs.Select(i => i.Field), sets.Select(s => (string?)s["id"]));
        Assert.All(sets, s => Assert.False(string.IsNullOrWhiteSpace((string?)s["label"])));
        Assert.Equal(question.Inputs.Select(i => i.Current ?? i.Typical), sets.Select(s => (string?)s["value"]));
        Assert.Equal(question.Inputs.Select(i => i.Choices.Count), sets.Select(s => s["choices"]!.AsArray().Count));
        var submit = Assert.Single(CardJson.OfType(card, "Action.Execute"), a => (string?)a["associatedInputs"] == "Auto");
        Assert.Equal(question.ChoiceAction, (string?)submit["verb"]);
        Assert.False((bool?)Assert.Single(CardJson.OfType(card, "Input.Text"))["isRequired"] ?? false);
    }

    [Fact]
    public void Render_ManyChoices_CompactDropdownInsteadOfButtons()
    {
        var question = CardSamples.Get<QuestionCard>("adjust-picker");
        var input = Assert.Single(question.Inputs);
        var card = CardJson.Render(question);

        var set = Assert.Single(CardJson.OfType(card, "Input.ChoiceSet"));

        Assert.True(input.Choices.Count > QuestionCardRenderer.MaxChoiceButtons);
        Assert.Equal(CardActionNames.FieldKey, (string?)set["id"]);
        Assert.Equal("compact", (string?)set["style"]);
        Assert.Null(set["value"]);
        Assert.Equal(CardActionNames.Adjust, (string?)Assert.Single(CardJson.OfType(card, "Action.Execute"), a => (string?)a["associatedInputs"] == "Auto")["verb"]);
    }

    [Fact]
    public void Render_Controls_BackSkipCancelWithoutInputs()
    {
        var first = CardJson.Render(CardSamples.Get<QuestionCard>("question-first"));
        var second = CardJson.Render(CardSamples.Get<QuestionCard>("question-second"));

        Assert.Equal<string>(["skip", "cancel"], Verbs(first));
        Assert.Equal<string>(["back", "skip", "cancel"], Verbs(second));
        Assert.All(second["actions"]!.AsArray(), a => Assert.Equal("None", (string?)a!["associatedInputs"]));
    }

    [Fact]
    public void Render_ProgressNoticeAndLastAnswer_Shown()
    {
        var question = CardSamples.Get<QuestionCard>("question-notice");
        var texts = CardJson.Texts(CardJson.Render(question)).ToList();

        Assert.Contains($"Step {question.Progress!.Current} of {question.Progress.Total}", texts);
        Assert.Contains(question.Notice, texts);
        Assert.Contains(question.LastAnswer, texts);
        Assert.Contains(question.Title, texts);
        Assert.Contains(question.WhyWeAsk, texts);
    }

    [Fact]
    public void Render_AdjustingOneAnswer_NoProgressAndTheCurrentChoiceMarked()
    {
        var question = CardSamples.Get<QuestionCard>("adjust-field");
        var input = Assert.Single(question.Inputs);
        var card = CardJson.Render(question);

        Assert.Null(question.Progress);
        Assert.DoesNotContain(CardJson.Texts(card), t => t.StartsWith("Step ", StringComparison.Ordinal));
        var current = Assert.Single(ChoiceButtons(card, question), b => (string?)b["data"]![input.Field] == input.Current);
        Assert.StartsWith("✓ ", (string?)current["title"], StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> ChoiceButtons(JsonObject card, QuestionCard question) =>
        CardJson.OfType(card["body"]!, "Action.Execute").Where(a => a["data"]![question.Inputs[0].Field] is not null);

    private static string[] Verbs(JsonObject card) => [.. card["actions"]!.AsArray().Select(a => (string)a!["verb"]!)];
}
