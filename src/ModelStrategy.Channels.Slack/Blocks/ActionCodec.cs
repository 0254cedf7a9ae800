using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The one place that knows how our interactive elements identify themselves. Every <c>action_id</c> we emit starts
/// with <see cref="Prefix"/>; a command button's <c>value</c> (and a select's <c>block_id</c>) carries a compact JSON
/// token: <c>{"a":command,"c":{"d":dialog,"s":step,"n":version},"v":{field:value},"f":1}</c> where <c>f</c> marks a
/// form's submit whose selected values are read from <c>state.values</c>.
/// </summary>
internal static class ActionCodec
{
    /// <summary>Every action_id of ours starts with this.</summary>
    public const string Prefix = "ms.";

    /// <summary>Command buttons: <c>ms.do.{n}</c>, n counting the buttons of the message.</summary>
    public const string CommandPrefix = "ms.do.";

    /// <summary>Link buttons (report, Markdown): Slack sends a block_actions for them too; nothing to do but ack.</summary>
    public const string LinkPrefix = "ms.link.";

    /// <summary>The select of one form field: <c>ms.field.{field}</c> (its changes are read at submit, not on their own).</summary>
    public const string FieldPrefix = "ms.field.";

    /// <summary>The select that answers a one-input question as soon as an option is picked.</summary>
    public const string PickActionId = "ms.pick";

    /// <summary>The block of a pick select: <c>ms.pick.{token}</c>, the token naming command, context and field.</summary>
    public const string PickBlockPrefix = "ms.pick.";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The token of a command; null when it would not fit in <paramref name="max"/> characters.</summary>
    public static string? Encode(string name, CardContext? context, IReadOnlyDictionary<string, string> values, int max, bool form = false, string? field = null)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        var w = t_writer ??= new Utf8JsonWriter(buffer, Compact);
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteString("a", name);
        if (context is not null)
        {
            w.WriteStartObject("c");
            w.WriteString("d", context.DialogId);
            w.WriteString("s", context.StepId);
            w.WriteNumber("n", context.CardVersion);
            w.WriteEndObject();
        }

        if (values.Count > 0)
        {
            w.WriteStartObject("v");
            foreach (var (key, value) in values)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
        }

        if (form)
        {
            w.WriteNumber("f", 1);
        }

        if (field is not null)
        {
            w.WriteString("k", field);
        }

        w.WriteEndObject();
        w.Flush();
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Length <= max ? json : null;
    }

    /// <summary>A token read back; null when it is not one of ours or is malformed (duplicate names and unreadable
    /// text included: the value comes back from Slack and is as untrusted as the rest of the payload).</summary>
    public static ActionToken? Decode(string? json)
    {
        if (string.IsNullOrEmpty(json) || json[0] != '{')
        {
            return null;
        }

        using var document = Inbound.SlackJson.ParseObject(System.Text.Encoding.UTF8.GetBytes(json));
        return document is null ? null : Read(JsonObject.Create(document.RootElement.Clone())!);
    }

    private static ActionToken? Read(JsonObject token)
    {
        if (Text(token["a"]) is not { Length: > 0 } name)
        {
            return null;
        }

        CardContext? context = null;
        if (token["c"] is JsonObject card)
        {
            if (Text(card["d"]) is not { Length: > 0 } dialog || Text(card["s"]) is not { } step || card["n"] is not JsonValue n
                || n.GetValueKind() != JsonValueKind.Number || !n.TryGetValue(out int version))
            {
                return null;
            }

            context = new CardContext(dialog, step, version);
        }
        else if (token["c"] is not null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (token["v"] is JsonObject v)
        {
            foreach (var (key, node) in v)
            {
                if (Text(node) is not { } value)
                {
                    return null;
                }

                values[key] = value;
            }
        }
        else if (token["v"] is not null)
        {
            return null;
        }

        return new ActionToken(name, context, values, token["f"] is not null, Text(token["k"]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}

/// <summary>A decoded token.</summary>
/// <param name="Name">The command.</param>
/// <param name="Context">The card context; null for buttons outside a dialog.</param>
/// <param name="Values">The fixed values (for a form, the preselected ones).</param>
/// <param name="Form">True for a form's submit: read the selected values from <c>state.values</c>.</param>
/// <param name="Field">For a pick select, the field its selected option answers.</param>
internal sealed record ActionToken(string Name, CardContext? Context, IReadOnlyDictionary<string, string> Values, bool Form, string? Field);
