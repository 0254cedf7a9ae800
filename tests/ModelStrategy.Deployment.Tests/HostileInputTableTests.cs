using System.Reflection;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// The "Hostile input" table in docs/SECURITY.md names, for every case, the tests that prove it. Each named test
/// must exist as a [Fact] or [Theory]: by reflection when it is in this assembly, else in the source of a test project,
/// so renaming or deleting a test breaks the build of the table instead of leaving it quietly wrong.
/// </summary>
[Trait("Category", "Deployment")]
public sealed partial class HostileInputTableTests
{
    [Fact]
    public void Table_EveryNamedTest_Exists()
    {
        // Arrange
        var rows = TableRows();
        var named = rows.SelectMany(row => TestName().Matches(row).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value))).Distinct().ToList();

        // Act
        var missing = named.Where(test => !Exists(test.Class, test.Method)).Select(test => $"{test.Class}.{test.Method}").ToList();

        // Assert
        Assert.True(rows.Count >= 20, $"the table has {rows.Count} rows");
        Assert.All(rows, row => Assert.Matches(TestName(), row));
        Assert.True(named.Count >= 40, $"the table names {named.Count} tests");
        Assert.True(missing.Count == 0, "Named in docs/SECURITY.md but not found: " + string.Join(", ", missing));
    }

    [Fact]
    public void Exists_ARenamedTest_IsNotFound()
    {
        Assert.True(Exists(nameof(HostileInputTableTests), nameof(Table_EveryNamedTest_Exists)));
        Assert.False(Exists(nameof(HostileInputTableTests), "Table_EveryNamedTest_Existed"));
        Assert.True(Exists("SlackSignatureTests", "Verify_WrongSecret_IsMismatch"));
        Assert.False(Exists("SlackSignatureTests", "Verify_WrongSecret_IsAccepted"));
    }

    /// <summary>The table's rows (lines starting with a pipe, without the header and its rule).</summary>
    private static List<string> TableRows()
    {
        var doc = RepositoryFiles.Read("docs", "SECURITY.md");
        var start = doc.IndexOf("\n## Hostile input", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/SECURITY.md has no \"Hostile input\" section");
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. doc[start..(end < 0 ? doc.Length : end)].Split('\n').Where(l => l.StartsWith('|')).Skip(2)];
    }

    private static bool Exists(string className, string method)
    {
        if (typeof(HostileInputTableTests).Assembly.GetTypes().FirstOrDefault(t => t.Name == className) is { } type)
        {
            return type.GetMethods().Any(m => m.Name == method && m.GetCustomAttribute<FactAttribute>() is not null);
        }

        var declaration = new Regex(@"\bclass " + Regex.Escape(className) + @"\b");
        // [Fact] or [Theory], then only attribute lines ([InlineData(...)], which may hold brackets), then the method.
        var test = new Regex(@"\[(Fact|Theory)\b[^\n]*\n([ \t]*\[[^\n]*\n)*[ \t]*public (async Task|void) " + Regex.Escape(method) + @"\(");
        return Directory.EnumerateFiles(RepositoryFiles.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Any(source => declaration.IsMatch(source) && test.IsMatch(source));
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*Tests)\.([A-Z][A-Za-z0-9_]*)`")]
    private static partial Regex TestName();
}
