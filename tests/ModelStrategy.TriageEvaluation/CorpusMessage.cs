using System.Text.Json;

namespace ModelStrategy.TriageEvaluation;

/// <summary>One labelled message of the corpus (tests/triage-corpus/LABELLING.md).</summary>
/// <param name="Id">"T001" (tuning) or "H001" (held out).</param>
/// <param name="ReadOn">The day the bot reads it; relative times count from it.</param>
/// <param name="Text">The message as typed.</param>
/// <param name="Expected">The constraints it states: API field name → JSON value.</param>
public sealed record CorpusMessage(string Id, DateOnly ReadOn, string Text, IReadOnlyDictionary<string, JsonElement> Expected)
{
    /// <summary>The messages of a JSON Lines corpus file.</summary>
    public static IReadOnlyList<CorpusMessage> Load(string path)
    {
        var messages = new List<CorpusMessage>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var expected = root.GetProperty("expect").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            messages.Add(new CorpusMessage(
                root.GetProperty("id").GetString()!,
                DateOnly.Parse(root.GetProperty("readOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                root.GetProperty("text").GetString()!,
                expected));
        }

        return messages;
    }

    /// <summary>The corpus folder: tests/triage-corpus under the repository that holds this program or the current directory.</summary>
    public static string Folder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "triage-corpus");
                if (File.Exists(Path.Combine(candidate, "LABELLING.md")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/triage-corpus not found above " + AppContext.BaseDirectory);
    }
}
