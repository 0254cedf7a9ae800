using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>The parts of the repository's Dockerfile the deployment tests compare with other files.</summary>
internal sealed partial record Dockerfile(IReadOnlyList<string> Instructions)
{
    public static Dockerfile Load() => Parse(RepositoryFiles.Read("Dockerfile"));

    /// <summary>The instructions, comments dropped and continuation lines joined.</summary>
    public static Dockerfile Parse(string text) => new(
        [.. Continuation().Replace(text, " ").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))]);

    /// <summary>The image of the stage named <paramref name="stage"/> (FROM image AS stage).</summary>
    public string StageImage(string stage) => Instructions
        .Select(line => FromLine().Match(line))
        .Single(m => m.Success && string.Equals(m.Groups["stage"].Value, stage, StringComparison.OrdinalIgnoreCase))
        .Groups["image"].Value;

    /// <summary>The arguments of every instruction of one kind (e.g. EXPOSE), in order.</summary>
    public IEnumerable<string> All(string instruction) => Instructions
        .Where(line => line.StartsWith(instruction + " ", StringComparison.OrdinalIgnoreCase))
        .Select(line => line[(instruction.Length + 1)..].Trim());

    /// <summary>The value an ENV instruction gives <paramref name="name"/>, or null.</summary>
    public string? Env(string name) => EnvMatches()
        .Where(m => m.Groups["name"].Value == name)
        .Select(m => m.Groups["value"].Value)
        .LastOrDefault();

    /// <summary>Every NAME=VALUE pair the ENV instructions give a name starting with <paramref name="prefix"/>, in order.</summary>
    public IReadOnlyList<string> EnvPairs(string prefix) => [.. EnvMatches()
        .Where(m => m.Groups["name"].Value.StartsWith(prefix, StringComparison.Ordinal))
        .Select(m => m.Value)];

    /// <summary>Every NAME=VALUE pair of every ENV instruction, in order.</summary>
    private IEnumerable<Match> EnvMatches() => All("ENV").SelectMany(arguments => EnvPair().Matches(arguments));

    [GeneratedRegex(@"\\\r?\n", RegexOptions.None, 1000)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^FROM\s+(?:--\S+\s+)*(?<image>\S+)\s+AS\s+(?<stage>\S+)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S+)", RegexOptions.None, 1000)]
    private static partial Regex EnvPair();
}
