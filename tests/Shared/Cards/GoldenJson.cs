using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>
/// Recorded renderings ("golden" JSON) of the sample cards, compared with <see cref="JsonNode.DeepEquals"/>. The samples
/// come from a live engine, so what differs from run to run is normalised first: random ids (dialogs, recommendations)
/// become <c>&lt;id1&gt;</c>, <c>&lt;id2&gt;</c>… in order of first appearance, and "23 Nov 2026, 00:41 UTC" or a
/// review's "7 Mar 2027" becomes <c>&lt;time&gt;</c>. Set <see cref="UpdateVariable"/>=1 to record the file again from the current renderer.
/// </summary>
internal static partial class GoldenJson
{
    /// <summary>The environment variable that makes <see cref="Compare"/> rewrite the recorded file.</summary>
    public const string UpdateVariable = "UPDATE_GOLDEN_JSON";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>
    /// The names whose rendering differs from the one recorded in <paramref name="repoRelativePath"/> (a name missing on
    /// either side counts as different); records them all instead when <see cref="UpdateVariable"/> is 1.
    /// </summary>
    public static IReadOnlyList<string> Compare(string repoRelativePath, IEnumerable<(string Name, JsonNode? Json)> rendered)
    {
        var actual = new JsonObject();
        foreach (var (name, json) in rendered)
        {
            actual[name] = Normalised(json);
        }

        var path = Path.Combine(RepositoryRoot(), repoRelativePath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual.ToJsonString(Relaxed) + "\n");
        }

        var expected = Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(path)));
        return [.. expected.Select(p => p.Key).Union(actual.Select(p => p.Key))
            .Where(name => !expected.ContainsKey(name) || !actual.ContainsKey(name) || !JsonNode.DeepEquals(expected[name], actual[name]))];
    }

    /// <summary><paramref name="json"/> with run-dependent ids and times replaced by placeholders.</summary>
    public static JsonNode? Normalised(JsonNode? json)
    {
        var text = json?.ToJsonString(Relaxed) ?? "null";
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        text = Id().Replace(text, m => ids.TryGetValue(m.Value, out var known) ? known : ids[m.Value] = $"<id{ids.Count + 1}>");
        text = Time().Replace(text, "<time>");
        return JsonNode.Parse(text);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    /// <summary>A recommendation or dialog id (RecommendationIds: 12 characters of its base32 alphabet) standing alone.</summary>
    [GeneratedRegex("(?<![A-Za-z0-9])[a-km-np-z2-9]{12}(?![A-Za-z0-9])")]
    private static partial Regex Id();

    /// <summary>A history line's time ("d MMM yyyy, HH:mm 'UTC'") or a review's day ("d MMM yyyy").</summary>
    [GeneratedRegex(@"(?<![0-9])\d{1,2} [A-Z][a-z]{2} \d{4}(?:, \d{2}:\d{2} UTC)?(?![A-Za-z0-9])")]
    private static partial Regex Time();
}
