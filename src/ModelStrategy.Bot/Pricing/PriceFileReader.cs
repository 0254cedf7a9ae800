using System.Globalization;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Pricing;

/// <summary>A price file read: the book it makes over the built-in one, or every problem, each naming its entry and field.</summary>
internal sealed record PriceFileResult(PriceBook? Book, IReadOnlyList<string> Errors)
{
    public bool Valid => Book is not null;
}

/// <summary>
/// Reads a price file (docs/schemas/price-book.schema.json): a version, an as-of day and any of the built-in book's
/// prices, each given whole, overlaid on the built-in book. Every problem is reported, not only the first:
/// "gpu.h100.onDemand.value: must be more than 0".
/// </summary>
internal static class PriceFileReader
{
    /// <summary>The largest price file read.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The fields of an entry, in the order files list them.</summary>
    public static readonly string[] EntryFields = ["name", "value", "low", "high", "unit", "source", "asOf", "grade"];

    private static readonly string[] Required = ["value", "low", "high", "unit", "source", "asOf", "grade"];

    /// <summary>The book <paramref name="text"/> describes, or why it describes none.</summary>
    public static PriceFileResult Read(string text, PriceFileFormat format)
    {
        var (root, syntax) = PriceFileParser.Parse(text, format);
        if (root is not PriceFileMapping mapping)
        {
            return Fail(syntax is null ? $"file: must be a mapping of version, asOf and prices, not {root?.Kind ?? "empty"}" : "file: " + syntax);
        }

        var errors = new List<string>();
        string? version = null;
        DateOnly? asOf = null;
        var entries = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var (key, node) in mapping.Entries)
        {
            switch (key)
            {
                case "$schema":
                    break;
                case "version":
                    version = Text(node, key, errors);
                    break;
                case "asOf":
                    asOf = Day(node, errors);
                    break;
                default:
                    if (!PriceBook.BuiltIn.Entries.Any(e => e.Id == key))
                    {
                        errors.Add($"{key}: unknown price; `pricing export` lists every price the book has");
                    }
                    else if (Entry(key, node, errors) is { } figure)
                    {
                        entries[key] = figure;
                    }

                    break;
            }
        }

        if (mapping.Entries.All(e => e.Key != "version"))
        {
            errors.Add("version: required, e.g. \"2026-12\"");
        }

        if (mapping.Entries.All(e => e.Key != "asOf"))
        {
            errors.Add("asOf: required: the day the prices were last reviewed, e.g. \"2026-11-30\"");
        }

        if (version is not null)
        {
            errors.AddRange(PriceRules.CheckVersion(version));
        }

        foreach (var (id, figure) in entries)
        {
            // Rules on fields that were missing or not numbers would only repeat those problems.
            errors.AddRange(PriceRules.CheckEntry(id, figure).Where(e => !errors.Any(known => SameField(known, e))));
        }

        return errors.Count > 0 || version is null || asOf is null
            ? new PriceFileResult(null, errors)
            : new PriceFileResult(PriceBook.BuiltIn.Overlay(version, asOf.Value, entries), []);
    }

    private static Figure? Entry(string id, PriceFileNode node, List<string> errors)
    {
        if (node is not PriceFileMapping fields)
        {
            errors.Add($"{id}: must be a mapping of {string.Join(", ", EntryFields)}, not {node.Kind}");
            return null;
        }

        var given = new Dictionary<string, PriceFileNode>(StringComparer.Ordinal);
        foreach (var (field, value) in fields.Entries)
        {
            if (EntryFields.Contains(field))
            {
                given[field] = value;
            }
            else
            {
                errors.Add($"{id}.{field}: unknown field; an entry has {string.Join(", ", EntryFields)}");
            }
        }

        errors.AddRange(Required.Where(f => !given.ContainsKey(f)).Select(f => $"{id}.{f}: required"));
        var builtIn = PriceBook.BuiltIn[id];
        var figure = new Figure(
            given.TryGetValue("name", out var name) ? Text(name, $"{id}.name", errors) ?? string.Empty : builtIn.Name,
            Number(given, id, "value", errors),
            Number(given, id, "low", errors),
            Number(given, id, "high", errors),
            Text(given, id, "unit", errors),
            Text(given, id, "source", errors),
            Text(given, id, "asOf", errors),
            Text(given, id, "grade", errors));
        return figure;
    }

    private static double Number(Dictionary<string, PriceFileNode> given, string id, string field, List<string> errors)
    {
        if (!given.TryGetValue(field, out var node))
        {
            return double.NaN;
        }

        if (node is PriceFileScalar { Written: ScalarKind.Plain or ScalarKind.Number } scalar
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add($"{id}.{field}: must be a number, e.g. 2.75 (not in quotes), not {node.Kind}");
        return double.NaN;
    }

    private static string Text(Dictionary<string, PriceFileNode> given, string id, string field, List<string> errors) =>
        given.TryGetValue(field, out var node) ? Text(node, $"{id}.{field}", errors) ?? string.Empty : string.Empty;

    /// <summary>Text as written; in YAML a bare value (2026-05, 2026) is text too, in JSON it must be a string.</summary>
    private static string? Text(PriceFileNode node, string where, List<string> errors)
    {
        if (node is PriceFileScalar { Written: ScalarKind.Text } or PriceFileScalar { Written: ScalarKind.Plain, Text: not ("" or "null" or "~" or "true" or "false") })
        {
            var scalar = (PriceFileScalar)node;
            return scalar.Text;
        }

        errors.Add($"{where}: must be a text, not {node.Kind}");
        return null;
    }

    private static DateOnly? Day(PriceFileNode node, List<string> errors)
    {
        if (Text(node, "asOf", errors) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add("asOf: must be a day, e.g. \"2026-11-30\"");
        return null;
    }

    private static bool SameField(string a, string b) => a[..(a.IndexOf(": ", StringComparison.Ordinal) + 1)] == b[..(b.IndexOf(": ", StringComparison.Ordinal) + 1)];

    private static PriceFileResult Fail(string error) => new(null, [error]);
}
