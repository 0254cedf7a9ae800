using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// infra/main.bicep compiled to an ARM template by the Bicep CLI (<see cref="BicepRuns"/>), with its resources flattened across the module
/// deployments it nests.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private static readonly Lazy<Task<CompiledTemplate>> Main = new(CompileMainAsync);

    private CompiledTemplate(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static Task<CompiledTemplate> MainAsync() => Main.Value;

    /// <summary>Every resource of <paramref name="type"/>, with the (nested) template that declares it.</summary>
    public IEnumerable<(JsonElement Resource, JsonElement Template)> Resources(string type) =>
        Flatten(Root).Where(r => string.Equals(r.Resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>"[variables('port')]" → the variable's value in <paramref name="template"/>; anything else as is.</summary>
    public static JsonElement Resolve(JsonElement value, JsonElement template) =>
        value.ValueKind == JsonValueKind.String && VariableReference().Match(value.GetString()!) is { Success: true } m
            ? template.GetProperty("variables").GetProperty(m.Groups["name"].Value)
            : value;

    /// <summary>Every environment variable entry ({name, value|secretRef}) declared in a template, inline or in variables.</summary>
    public static IReadOnlyList<JsonElement> EnvironmentEntries(JsonElement template) =>
        [.. Descendants(template).Where(e => e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("name", out _)
            && (e.TryGetProperty("secretRef", out _) || (e.TryGetProperty("value", out _) && !e.TryGetProperty("keyVaultUrl", out _))))
            .Where(e => EnvironmentName().IsMatch(e.GetProperty("name").GetString() ?? string.Empty))];

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }

    private static IEnumerable<(JsonElement Resource, JsonElement Template)> Flatten(JsonElement template)
    {
        foreach (var resource in template.GetProperty("resources").EnumerateArray())
        {
            yield return (resource, template);
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            {
                foreach (var nested in Flatten(resource.GetProperty("properties").GetProperty("template")))
                {
                    yield return nested;
                }
            }
        }
    }

    private static async Task<CompiledTemplate> CompileMainAsync()
    {
        var (result, output) = await BicepRuns.BuildAsync();
        var main = Path.Combine(output, "main.json");
        if (result.ExitCode != 0 || !File.Exists(main))
        {
            throw new InvalidOperationException($"bicep build failed: {result}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(main));
        return new CompiledTemplate(json.RootElement.Clone());
    }

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$", RegexOptions.None, 1000)]
    private static partial Regex VariableReference();

    // Only names that look like settings (Storage__Provider, PublicBaseUrl), not resource or output names.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(__[A-Za-z0-9.]+)*$", RegexOptions.None, 1000)]
    private static partial Regex EnvironmentName();
}
