using ModelStrategy.Core.Cards;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>Plain replies: a text (help's first line bold, notices in grey) and an error with an example.</summary>
internal static class TextBlocks
{
    /// <summary>A text: one section per 3,000 characters, its fields (input blocks), its buttons below.</summary>
    public static SlackMessageContent Text(TextCard card)
    {
        var lines = card.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var message = new MessageBuilder();
        if (card.Kind == TextKind.Notice)
        {
            message.Add(Context(Mrkdwn.EscapeAndFit(string.Join("\n", lines), BlockKitLimits.SectionText)));
        }
        else
        {
            var escaped = lines.Select(Mrkdwn.Escape).ToList();
            if (card.Kind == TextKind.Help && escaped.Count > 0)
            {
                escaped[0] = $"*{escaped[0]}*";
            }

            message.AddRange(ListBlocks.Packed(escaped.Count > 0 ? escaped : [Mrkdwn.Ellipsis]));
        }

        foreach (var field in card.Fields)
        {
            message.Add(Field(field));
        }

        // With fields, the first button is their submit: Slack sends the inputs' values in the click's state.
        message.Buttons(card.Actions.Select((a, i) => message.Command(a, null, form: i == 0 && card.Fields.Count > 0)));
        return message.Build(lines.Length > 0 ? string.Join(" ", lines) : "ModelStrategy");
    }

    /// <summary>A one-line text input whose action_id carries the field's id (BlockKitReader reads it back with the submit).</summary>
    private static System.Text.Json.Nodes.JsonObject Field(FormField field)
    {
        var element = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ActionCodec.FieldPrefix + field.Id,
            ["max_length"] = FormField.MaxLength,
            ["placeholder"] = PlainText(field.Placeholder, BlockKitLimits.Placeholder),
        };
        if (field.Value is { Length: > 0 } value)
        {
            element["initial_value"] = value;
        }

        return Input("ms.form." + field.Id, field.Label, element, hint: null, optional: false);
    }

    /// <summary>What went wrong, in bold with a warning sign, and an example that works.</summary>
    public static SlackMessageContent Error(ErrorCard card)
    {
        var message = new MessageBuilder().Add(Section(":warning: *" + Mrkdwn.Escape(card.Message) + "*"));
        if (card.Example is { Length: > 0 } example)
        {
            message.Add(Context("For example: " + Mrkdwn.Escape(example)));
        }

        return message.Build(card.Message);
    }
}
