namespace ModelStrategy.Deployment.Tests;

/// <summary>One row of a settings table in docs/CONFIGURATION.md.</summary>
internal sealed record DocumentedSetting(string Key, string EnvironmentVariable, string Default, bool Secret, string ReadBy);

/// <summary>
/// Reads the settings tables of docs/CONFIGURATION.md: every Markdown table row whose first two cells are code
/// (<c>`Section:Key`</c> | <c>`Section__Key`</c> | default | secret yes/no | read by | meaning).
/// </summary>
internal static class ConfigurationDoc
{
    public static IReadOnlyList<DocumentedSetting> Settings { get; } = Load();

    /// <summary>True when <paramref name="key"/> is documented: exactly, or as a section whose keys are documented.</summary>
    public static bool Documents(string key) => Settings.Any(s =>
        string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)
        || s.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>The documented setting an environment variable sets, or null.</summary>
    public static DocumentedSetting? ForEnvironmentVariable(string name) =>
        Settings.FirstOrDefault(s => string.Equals(s.EnvironmentVariable, name, StringComparison.OrdinalIgnoreCase));

    private static List<DocumentedSetting> Load() =>
        [.. RepositoryFiles.Read("docs", "CONFIGURATION.md").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 6 && IsCode(cells[0]) && IsCode(cells[1]))
            .Select(cells => new DocumentedSetting(
                Unquote(cells[0]), Unquote(cells[1]), cells[2], ParseSecret(cells[3]), cells[4]))];

    private static bool IsCode(string cell) => cell.Length > 2 && cell[0] == '`' && cell[^1] == '`' && cell.Count(c => c == '`') == 2;

    private static string Unquote(string cell) => cell.Trim('`');

    private static bool ParseSecret(string cell) => cell.ToLowerInvariant() switch
    {
        "yes" or "**yes**" => true,
        "no" => false,
        _ => throw new FormatException($"docs/CONFIGURATION.md: the secret column says \"{cell}\"; write yes or no"),
    };
}
