using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// A guided question: notice, who answered last, "Step 3 of 8", the question and why we ask; then one button per
/// choice (one input, a handful of choices), one select that answers when picked (one input, many choices), or a
/// form of selects with a Next button (two inputs); the typed-answer hint; Back/Skip/Cancel.
/// </summary>
internal static class QuestionBlocks
{
    /// <summary>More choices than this become a select instead of buttons (the catalogue's largest question has 8).</summary>
    public const int MaxChoiceButtons = 8;

    /// <summary>The question as a message.</summary>
    public static SlackMessageContent Render(QuestionCard card)
    {
        var message = new MessageBuilder();
        if (card.Notice is { Length: > 0 } notice)
        {
            message.Add(Section(":information_source: " + Mrkdwn.Escape(notice)));
        }

        if (card.LastAnswer is { Length: > 0 } last)
        {
            message.Add(Context(Mrkdwn.Escape(last)));
        }

        var step = card.Progress is { } p ? $"Step {p.Current} of {p.Total}" : null;
        message.Add(Section((step is null ? string.Empty : $"_{step}_\n") + $"*{Mrkdwn.Escape(card.Title)}*\n{Mrkdwn.Escape(card.WhyWeAsk)}"));
        var submit = Choices(card, message);
        message.Add(Context(Mrkdwn.Escape(card.TypedHint) + " — reply here (in a channel, mention me)."));
        message.Buttons([submit, .. card.Actions.Select(a => message.Command(a, card.Context))]);
        return message.Build((step is null ? string.Empty : step + ": ") + card.Title + " " + card.TypedHint);
    }

    /// <summary>True when each choice is its own button.</summary>
    public static bool OneClick(QuestionCard card) => card.Inputs.Count == 1 && card.Inputs[0].Choices.Count <= MaxChoiceButtons;

    /// <summary>Adds the inputs; returns the form's submit button when the inputs need one.</summary>
    private static JsonObject? Choices(QuestionCard card, MessageBuilder message)
    {
        if (card.Inputs.Count == 0)
        {
            return null;
        }

        if (OneClick(card))
        {
            var input = card.Inputs[0];
            message.Buttons(input.Choices.Select(choice => message.Command(
                new CardAction(card.ChoiceAction, ChoiceTitle(input, choice), new Dictionary<string, string> { [input.Field] = choice.Value }), card.Context)));
            return null;
        }

        if (card.Inputs.Count == 1 && Pick(card, card.Inputs[0]) is { } pick)
        {
            message.Add(pick);
            return null;
        }

        foreach (var input in card.Inputs)
        {
            message.Add(Section($"*{Mrkdwn.Escape(Capitalized(input.Label))}*",
                StaticSelect(ActionCodec.FieldPrefix + input.Field, "Pick one", Options(input), Preselected(input)),
                blockId: InputBlockId(card, input)));
        }

        var preselected = card.Inputs.Select(i => (i.Field, Value: Preselected(i))).Where(i => i.Value is not null)
            .ToDictionary(i => i.Field, i => i.Value!, StringComparer.Ordinal);
        return message.Command(new CardAction(card.ChoiceAction, "Next", preselected, Primary: true), card.Context, form: true);
    }

    /// <summary>
    /// The block of a form select, new for every version of the card: Slack keeps a select's state by block_id, so a
    /// message updated in place with the same id could keep showing an old choice.
    /// </summary>
    public static string InputBlockId(QuestionCard card, CardInput input) => Mrkdwn.Fit(
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ms.input.{card.Context.CardVersion}.{input.Field}"), BlockKitLimits.BlockId);

    /// <summary>One select that answers as soon as an option is picked; null when its token does not fit a block_id.</summary>
    private static JsonObject? Pick(QuestionCard card, CardInput input)
    {
        var token = ActionCodec.Encode(card.ChoiceAction, card.Context, new Dictionary<string, string>(),
            BlockKitLimits.BlockId - ActionCodec.PickBlockPrefix.Length, field: input.Field);
        return token is null
            ? null
            : Section($"*{Mrkdwn.Escape(Capitalized(input.Label))}*", StaticSelect(ActionCodec.PickActionId, "Pick one", Options(input), input.Current),
                blockId: ActionCodec.PickBlockPrefix + token);
    }

    /// <summary>
    /// The options whose values fit (at most 150 characters), at most 100 of them; their texts share
    /// <see cref="BlockKitLimits.MessageSelectText"/> characters.
    /// </summary>
    private static List<JsonObject> Options(CardInput input)
    {
        var choices = input.Choices.Where(c => c.Value.Length is > 0 and <= BlockKitLimits.OptionValue).Take(BlockKitLimits.SelectOptions).ToList();
        var textLength = Math.Clamp(BlockKitLimits.MessageSelectText / Math.Max(1, choices.Count), 16, BlockKitLimits.OptionText);
        return [.. choices.Select(c => Option(Mrkdwn.Plain(Capitalized(ChoiceTitle(input, c)), textLength), c.Value))];
    }

    private static string? Preselected(CardInput input)
    {
        var value = input.Current is { Length: > 0 } current ? current : input.Typical;
        return input.Choices.Any(c => c.Value == value) ? value : null;
    }

    private static string ChoiceTitle(CardInput input, Choice choice) =>
        choice.Value == input.Current ? "✓ " + choice.Title
        : choice.Value == input.Typical && input.Current is null ? choice.Title + " (typical)"
        : choice.Title;

    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
