using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// docs/ARCHITECTURE.md lists, for each inbound request, the files it passes through. Every file or folder it names in
/// backticks must exist, so a move or a rename breaks this test instead of leaving the page quietly wrong.
/// </summary>
[Trait("Category", "Deployment")]
public sealed partial class ArchitectureDocTests
{
    [Fact]
    public void Doc_EveryNamedPath_Exists()
    {
        // Arrange
        var paths = NamedPaths(RepositoryFiles.Read("docs", "ARCHITECTURE.md"));

        // Act
        var missing = paths.Where(path => !Exists(path)).ToList();

        // Assert
        Assert.True(paths.Count >= 100, $"docs/ARCHITECTURE.md names only {paths.Count} paths");
        Assert.True(missing.Count == 0, "Named in docs/ARCHITECTURE.md but not found: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("ModelStrategy.Channels.Slack/Interactions/InteractionsEndpoint.cs", true)]
    [InlineData("ModelStrategy.Channels.Slack/Interactions/", true)]
    [InlineData("ModelStrategy.Bot/Reports/Html/ReportPage*.cs", true)]
    [InlineData("tests/ModelStrategy.Deployment.Tests/ArchitectureDocTests.cs", true)]
    [InlineData("ModelStrategy.Channels.Slack/Inbound/InteractionsEndpoint.cs", false)]
    [InlineData("ModelStrategy.Channels.Slack/Modal/", false)]
    [InlineData("ModelStrategy.Bot/Reports/Html/ReportPages*.cs", false)]
    public void Exists_APath_IsFoundOnlyWhereItIs(string path, bool exists)
    {
        Assert.Equal(exists, Exists(path));
    }

    [Fact]
    public void NamedPaths_OnlyBacktickedFilesAndFolders()
    {
        var paths = NamedPaths("1. `A/B.cs` → `C/` in the `/slack` group, `Slack:AllowedTeams`, `work.RunAsync`, A/D.cs, `POST /x/`");

        Assert.Equal(["A/B.cs", "C/"], paths);
    }

    /// <summary>Backticked paths of C# files or folders; routes (a leading slash) and code are not paths.</summary>
    private static List<string> NamedPaths(string doc) =>
        [.. BacktickedPath().Matches(doc).Select(m => m.Groups[1].Value).Where(p => !p.StartsWith('/')).Distinct()];

    /// <summary>Relative to src/ unless it starts with src/, tests/ or docs/; a * in the last part is a file pattern.</summary>
    private static bool Exists(string path)
    {
        var fromRoot = path.StartsWith("src/", StringComparison.Ordinal) || path.StartsWith("tests/", StringComparison.Ordinal)
            || path.StartsWith("docs/", StringComparison.Ordinal);
        var full = fromRoot ? RepositoryFiles.PathOf(path.Split('/')) : RepositoryFiles.PathOf(["src", .. path.Split('/')]);
        if (path.EndsWith('/'))
        {
            return Directory.Exists(full);
        }

        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        return name.Contains('*', StringComparison.Ordinal)
            ? Directory.Exists(folder) && Directory.EnumerateFiles(folder, name).Any()
            : File.Exists(full);
    }

    [GeneratedRegex(@"`([A-Za-z0-9_.*/-]+(?:\.cs|/))`")]
    private static partial Regex BacktickedPath();
}
