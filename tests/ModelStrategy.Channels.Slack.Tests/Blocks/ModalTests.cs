using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

[Trait("Category", "Contract")]
public sealed class ModalTests
{
    private readonly BlockKitRenderer _renderer = Renderers.Create();

    [Fact]
    public void RenderModal_Frame_HasTitleButtonsCallbackAndMetadataUnchanged()
    {
        const string metadata = "{\"channel\":\"C0CHAN\",\"thread_ts\":\"1700000000.000100\",\"note\":\"<&>\"}";

        var view = ModalView.Render(metadata);

        Assert.Equal("modal", (string?)view["type"]);
        Assert.Equal(ModalView.CallbackId, (string?)view["callback_id"]);
        Assert.Equal(metadata, (string?)view["private_metadata"]);
        Assert.Equal("ModelStrategy", (string?)view["title"]!["text"]);
        Assert.Equal("Get recommendation", (string?)view["submit"]!["text"]);
        Assert.Equal("Cancel", (string?)view["close"]!["text"]);
    }

    [Fact]
    public void RenderModal_MetadataOverLimit_Throws()
    {
        Assert.Throws<ArgumentException>(() => ModalView.Render(new string('m', BlockKitLimits.PrivateMetadata + 1)));
    }

    [Fact]
    public void RenderModal_Inputs_OneOptionalSelectPerGuidedFieldThenFreeText()
    {
        var inputs = Inputs(ModalView.Render(string.Empty));
        var fields = GuidedQuestions.All.SelectMany(q => q.Inputs).ToList();

        Assert.Equal([.. fields.Select(f => f.Field), ConstraintsJsonReader.TextField], inputs.Select(i => (string)i["block_id"]!));
        Assert.All(inputs, i => Assert.True((bool)i["optional"]!));
        Assert.All(inputs, i => Assert.Equal((string?)i["block_id"], (string?)i["element"]!["action_id"]));
        foreach (var (input, field) in inputs.Zip(fields))
        {
            var options = input["element"]!["options"]!.AsArray();
            Assert.Equal(field.Choices.Select(c => c.Value), options.Select(o => (string)o!["value"]!));
            Assert.Equal(field.Choices.Select(c => c.Title), options.Select(o => (string)o!["text"]!["text"]!));
            var typical = field.Choices.Single(c => c.Value == field.Typical).Title;
            Assert.Equal("Typical: " + typical, (string?)input["element"]!["placeholder"]!["text"]);
        }
    }

    [Fact]
    public void RenderModal_QuestionWords_FirstInputCarriesTitleAndWhyWeAsk()
    {
        var inputs = Inputs(ModalView.Render(string.Empty)).ToDictionary(i => (string)i["block_id"]!);

        foreach (var question in GuidedQuestions.All)
        {
            var first = inputs[question.Inputs[0].Field];
            Assert.Equal(question.Title, (string?)first["label"]!["text"]);
            Assert.Equal(question.WhyWeAsk, (string?)first["hint"]!["text"]);
        }
    }

    [Fact]
    public void ReadModal_SubmittedAnswers_BecomeValidConstraintsForCore()
    {
        var view = ModalView.Render("meta");
        var answers = new Dictionary<string, string>
        {
            [ConstraintFields.Need] = "behavior",
            [ConstraintFields.LabeledExamples] = "2000",
            [ConstraintFields.DataQuality] = "clean",
            [ConstraintFields.BudgetUsd] = "200000",
            [ConstraintFields.DomainNovelty] = "3",
            [ConstraintsJsonReader.TextField] = "  support ticket classification, launch in 6 weeks  ",
        };

        var values = BlockKitReader.ReadModal(SlackPayloads.Submit(view, answers));
        var read = ConstraintsJsonReader.Read(SlackPayloads.Parse(ModalFields.ToConstraintsJson(values)));

        Assert.Equal(answers.Keys.Order(), values.Keys.Order());
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal(Need.Behavior, read.Constraints.Need);
        Assert.Equal(2000, read.Constraints.LabeledExamples);
        Assert.Equal(DataQuality.Clean, read.Constraints.DataQuality);
        Assert.Equal(200_000, read.Constraints.BudgetUsd);
        Assert.Equal(3, read.Constraints.DomainNovelty);
        Assert.Equal("support ticket classification, launch in 6 weeks", read.Text);
        Assert.Null(read.Constraints.DeadlineWeeks);
    }

    [Fact]
    public void ReadModal_EveryChoiceOfEveryField_IsAcceptedByCore()
    {
        var view = ModalView.Render("meta");

        foreach (var input in GuidedQuestions.All.SelectMany(q => q.Inputs))
        {
            foreach (var choice in input.Choices)
            {
                var values = BlockKitReader.ReadModal(SlackPayloads.Submit(view, new Dictionary<string, string> { [input.Field] = choice.Value }));
                var read = ConstraintsJsonReader.Read(SlackPayloads.Parse(ModalFields.ToConstraintsJson(values)));

                Assert.Equal(choice.Value, values[input.Field]);
                Assert.True(read.IsValid, $"{input.Field}={choice.Value}: {string.Join("; ", read.Errors)}");
            }
        }
    }

    [Fact]
    public void ReadModal_NothingAnswered_IsEmpty()
    {
        var values = BlockKitReader.ReadModal(SlackPayloads.Submit(ModalView.Render("meta"), new Dictionary<string, string>()));

        Assert.Empty(values);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"view_submission\",\"view\":{\"callback_id\":\"someone_else\",\"state\":{\"values\":{\"need\":{\"need\":{\"type\":\"static_select\",\"selected_option\":{\"value\":\"both\"}}}}}}}")]
    [InlineData("{\"type\":\"view_submission\",\"view\":{\"callback_id\":\"modelstrategy\",\"state\":{\"values\":[]}}}")]
    [InlineData("{\"type\":\"view_submission\",\"view\":{\"callback_id\":\"modelstrategy\",\"state\":{\"values\":{\"need\":[1],\"budgetUsd\":{\"budgetUsd\":{\"selected_option\":{\"value\":5}}},\"text\":{\"text\":{\"value\":{}}},\"bogus\":{\"bogus\":{\"value\":\"x\"}}}}}}")]
    public void ReadModal_ForeignOrMalformed_IsEmpty(string json)
    {
        Assert.Empty(BlockKitReader.ReadModal(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void ModalErrors_CoreErrors_KeyedByTheInputBlocksWithAllowedValues()
    {
        var inputs = Inputs(ModalView.Render("meta")).Select(i => (string)i["block_id"]!).ToHashSet();
        var values = new Dictionary<string, string> { [ConstraintFields.Need] = "vibes", [ConstraintFields.BudgetUsd] = "-5", [ConstraintFields.DeadlineWeeks] = "soon" };
        var read = ConstraintsJsonReader.Read(SlackPayloads.Parse(ModalFields.ToConstraintsJson(values)));

        var errors = BlockKitReader.ModalErrors(read.Errors);

        Assert.Equal(3, read.Errors.Count);
        Assert.Equal(values.Keys.Order(), errors.Select(e => e.Key).Order());
        Assert.All(errors, e => Assert.Contains(e.Key, inputs));
        Assert.All(read.Errors, e => Assert.Contains(e.Allowed, (string)errors[e.Field]!, StringComparison.Ordinal));
        Assert.Contains("knowledge, behavior", (string)errors[ConstraintFields.Need]!, StringComparison.Ordinal);
    }

    [Fact]
    public void ModalErrors_FieldWithoutInput_GoesToTheFreeTextAndSeveralJoin()
    {
        FieldError[] errors =
        [
            new("$", "the body must be a JSON object", "a constraints object"),
            new("requestsPerDay", "-1 is out of range", "requests per day from 0 to 1e10"),
            new(ConstraintFields.Need, "is wrong", "knowledge, behavior"),
            new(ConstraintFields.Need, "is still wrong", "knowledge, behavior"),
        ];

        var result = BlockKitReader.ModalErrors(errors);

        Assert.Equal([ConstraintFields.Need, ModalFields.TextField], result.Select(e => e.Key).Order());
        Assert.Contains("requests per day from 0 to 1e10", (string)result[ModalFields.TextField]!, StringComparison.Ordinal);
        Assert.Contains("a constraints object", (string)result[ModalFields.TextField]!, StringComparison.Ordinal);
        Assert.Contains("is still wrong", (string)result[ConstraintFields.Need]!, StringComparison.Ordinal);
    }

    private static List<JsonObject> Inputs(JsonObject view) =>
        [.. view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => (string?)b["type"] == "input")];
}
