using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Pricing;

/// <summary>Writes a price book as a price file (YAML or JSON) that <see cref="PriceFileReader"/> reads back unchanged.</summary>
internal static class PriceFileWriter
{
    /// <summary>Where the file's JSON Schema lives in the repository.</summary>
    public const string SchemaPath = "docs/schemas/price-book.schema.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["gpu"] = "GPU rental, per GPU-hour: on demand, or under a one-year commitment",
        ["api"] = "Hosted models, per million tokens, by model class",
        ["embedding"] = "Embeddings, per million tokens",
        ["vectorStore"] = "Vector database",
        ["labelling"] = "Labelling (an example takes 1 to 10 minutes of expert time, by task)",
        ["labour"] = "Loaded labour cost by role, for your region",
    };

    public static string Write(PriceBook book, PriceFileFormat format) => format == PriceFileFormat.Json ? Json(book) : Yaml(book);

    private static string Yaml(PriceBook book)
    {
        var text = new StringBuilder();
        text.Append("# ModelStrategy Bot price book: every price the estimator uses, each with its range, source and date.\n")
            .Append("# Keep the entries you change (each one whole) and delete the rest: missing entries keep the built-in prices.\n")
            .Append("# Schema: ").Append(SchemaPath).Append(" in the bot's repository. Check a file with `pricing check FILE`.\n")
            .Append("version: ").Append(Quote(book.Version)).Append('\n')
            .Append("asOf: ").Append(Quote(Day(book.AsOf))).Append('\n');
        string? group = null;
        foreach (var entry in book.Entries)
        {
            var prefix = entry.Id[..entry.Id.IndexOf('.', StringComparison.Ordinal)];
            if (prefix != group)
            {
                group = prefix;
                text.Append("\n# ").Append(Groups.GetValueOrDefault(prefix, prefix)).Append('\n');
            }

            var f = entry.Figure;
            text.Append(entry.Id).Append(":\n")
                .Append("  name: ").Append(Quote(f.Name)).Append('\n')
                .Append("  value: ").Append(Number(f.Value)).Append('\n')
                .Append("  low: ").Append(Number(f.Low)).Append('\n')
                .Append("  high: ").Append(Number(f.High)).Append('\n')
                .Append("  unit: ").Append(Quote(f.Unit)).Append('\n')
                .Append("  source: ").Append(Quote(f.Source)).Append('\n')
                .Append("  asOf: ").Append(Quote(f.AsOf)).Append('\n')
                .Append("  grade: ").Append(Quote(f.Grade)).Append('\n');
        }

        return text.ToString();
    }

    private static string Json(PriceBook book)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteString("version", book.Version);
            w.WriteString("asOf", Day(book.AsOf));
            foreach (var entry in book.Entries)
            {
                w.WriteStartObject(entry.Id);
                Fields(w, entry.Figure);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Fields(Utf8JsonWriter w, Figure f)
    {
        w.WriteString("name", f.Name);
        w.WriteNumber("value", f.Value);
        w.WriteNumber("low", f.Low);
        w.WriteNumber("high", f.High);
        w.WriteString("unit", f.Unit);
        w.WriteString("source", f.Source);
        w.WriteString("asOf", f.AsOf);
        w.WriteString("grade", f.Grade);
    }

    /// <summary>A YAML double-quoted scalar: JSON's string escapes are YAML's too.</summary>
    private static string Quote(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    /// <summary>The shortest text that reads back as the same double.</summary>
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
