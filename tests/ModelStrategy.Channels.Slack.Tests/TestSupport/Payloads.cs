using System.Text.Json;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>
/// Payloads shaped as Slack documents them (Payloads/*.json: the examples on docs.slack.dev's event and interaction
/// payload pages, with ids of our test workspace), with optional {{NAME}} placeholders filled in.
/// </summary>
internal static class Payloads
{
    public static string Text(string name, params (string Name, string Value)[] fill)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", Path.HasExtension(name) ? name : name + ".json"));
        foreach (var (placeholder, value) in fill)
        {
            text = text.Replace("{{" + placeholder + "}}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static JsonElement Json(string name, params (string Name, string Value)[] fill) =>
        JsonDocument.Parse(Text(name, fill)).RootElement.Clone();

    /// <summary>A JSON string literal's content (for a value placed inside quotes in a payload).</summary>
    public static string Escaped(string value) => JsonSerializer.Serialize(value)[1..^1];
}
