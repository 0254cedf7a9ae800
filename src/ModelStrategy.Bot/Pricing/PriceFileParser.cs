using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModelStrategy.Bot.Pricing;

/// <summary>Turns a price file's text into a <see cref="PriceFileNode"/> tree, or says where the text stops being YAML or JSON.</summary>
internal static class PriceFileParser
{
    /// <summary>At most this many values: a file of aliases cannot expand into millions of them.</summary>
    private const int MaxNodes = 10_000;

    /// <summary>The tree of <paramref name="text"/>, or the reason it is not one.</summary>
    public static (PriceFileNode? Root, string? Error) Parse(string text, PriceFileFormat format) =>
        format == PriceFileFormat.Json ? ParseJson(text) : ParseYaml(text);

    private static (PriceFileNode?, string?) ParseJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                AllowDuplicateProperties = false,
            });
            var count = 0;
            return (FromJson(document.RootElement, ref count), null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {FirstLine(e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0])}");
        }
        catch (TooManyValuesException)
        {
            return (null, $"more than {MaxNodes:N0} values");
        }
    }

    private static PriceFileNode FromJson(JsonElement element, ref int count)
    {
        if (++count > MaxNodes)
        {
            throw new TooManyValuesException();
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<string, PriceFileNode>>();
                foreach (var property in element.EnumerateObject())
                {
                    entries.Add(new(property.Name, FromJson(property.Value, ref count)));
                }

                return new PriceFileMapping(entries);
            case JsonValueKind.Array:
                return new PriceFileList();
            case JsonValueKind.String:
                return new PriceFileScalar(element.GetString()!, ScalarKind.Text);
            case JsonValueKind.Number:
                return new PriceFileScalar(element.GetRawText(), ScalarKind.Number);
            default:
                return new PriceFileScalar(element.GetRawText(), ScalarKind.Literal);
        }
    }

    private static (PriceFileNode?, string?) ParseYaml(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
            {
                return (null, stream.Documents.Count == 0 ? "empty" : "more than one YAML document");
            }

            var count = 0;
            return (FromYaml(stream.Documents[0].RootNode, ref count), null);
        }
        catch (YamlException e)
        {
            return (null, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {FirstLine(e.Message)}");
        }
        catch (TooManyValuesException)
        {
            return (null, $"more than {MaxNodes:N0} values");
        }
    }

    private static PriceFileNode FromYaml(YamlNode node, ref int count)
    {
        if (++count > MaxNodes)
        {
            throw new TooManyValuesException();
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new List<KeyValuePair<string, PriceFileNode>>();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode { Value: { } text } ? text : "?";
                    entries.Add(new(name, FromYaml(value, ref count)));
                }

                return new PriceFileMapping(entries);
            case YamlScalarNode scalar:
                var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded
                    || (scalar.Tag.IsGlobal && scalar.Tag.Value == "tag:yaml.org,2002:str");
                return new PriceFileScalar(scalar.Value ?? string.Empty, quoted ? ScalarKind.Text : ScalarKind.Plain);
            default:
                return new PriceFileList();
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private sealed class TooManyValuesException : Exception;
}

/// <summary>How a price file is written: by its extension, ".json" for JSON and anything else for YAML.</summary>
internal enum PriceFileFormat
{
    Yaml,
    Json,
}
