using YamlDotNet.RepresentationModel;

namespace ModelStrategy.Deployment.Tests;

/// <summary>compose.yaml, parsed with YamlDotNet, with helpers for the bot and Redis services.</summary>
internal sealed class ComposeFile
{
    private ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public YamlMappingNode Services => (YamlMappingNode)Root["services"];

    public YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    public static ComposeFile Load()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(RepositoryFiles.Read("compose.yaml"));
        yaml.Load(reader);
        return new ComposeFile((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    /// <summary>A service's environment as name → value (map or NAME=value list form).</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlMappingNode service) =>
        service.Children.TryGetValue("environment", out var node) ? node switch
        {
            YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty),
            YamlSequenceNode list => list.Children.Select(i => ((YamlScalarNode)i).Value!.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty),
            _ => throw new FormatException("environment is neither a map nor a list"),
        } : new Dictionary<string, string>();

    /// <summary>The <c>--maxmemory</c> and <c>--maxmemory-policy</c> the redis service's command starts redis-server with.</summary>
    public (string MaxMemory, string Policy) RedisMemory()
    {
        var words = string.Join(' ', Strings(Service("redis"), "command")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string After(string flag) => words.SkipWhile(w => w != flag).Skip(1).FirstOrDefault() ?? string.Empty;
        return (After("--maxmemory"), After("--maxmemory-policy"));
    }

    /// <summary>The scalar strings of a sequence property (ports, volumes), or empty.</summary>
    public static IReadOnlyList<string> Strings(YamlMappingNode service, string key) =>
        service.Children.TryGetValue(key, out var node) && node is YamlSequenceNode list
            ? [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value!)]
            : [];
}
