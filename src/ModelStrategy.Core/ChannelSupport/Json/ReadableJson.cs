using System.Text.Json;

namespace ModelStrategy.Core.ChannelSupport.Json;

/// <summary>
/// Checks that parsed JSON can be read as .NET text throughout. The UTF-8 parser accepts string contents that cannot
/// become a .NET string (invalid UTF-8 bytes, a lone surrogate escape such as <c>"\ud800"</c>), and reading one later
/// throws <see cref="InvalidOperationException"/>. Input boundaries check once, right after parsing, and refuse such
/// a body as malformed instead of failing deep inside a reader with a 500.
/// </summary>
public static class ReadableJson
{
    /// <summary>The parse options every inbound boundary uses: duplicate property names are malformed JSON.</summary>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <returns>Options that refuse duplicate property names and nesting deeper than <paramref name="maxDepth"/>.</returns>
    public static JsonDocumentOptions Options(int maxDepth) => new() { MaxDepth = maxDepth, AllowDuplicateProperties = false };

    /// <summary>True when every property name and string value in <paramref name="element"/> can be read as text.</summary>
    /// <param name="element">A parsed value (its depth is bounded by the parser's MaxDepth).</param>
    /// <returns>False when any name or string holds invalid UTF-8 or an unpaired surrogate.</returns>
    public static bool IsReadable(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Read(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}
