namespace ModelStrategy.Deployment.Tests;

[Trait("Category", "Deployment")]
public sealed class ConfigurationDocsTests
{
    [Fact]
    public void OptionsClasses_EveryBindableProperty_IsDocumented()
    {
        // Arrange
        var keys = ConfigurationKeyScanner.OptionsKeys();

        // Act
        var undocumented = keys.Where(read => !ConfigurationDoc.Documents(read.Key)).Select(read => $"{read.Key} ({read.Source})").ToList();

        // Assert
        Assert.Contains(keys, read => read.Key.StartsWith("Storage:", StringComparison.Ordinal));
        Assert.True(undocumented.Count == 0, "Add to docs/CONFIGURATION.md: " + string.Join("; ", undocumented));
    }

    [Fact]
    public void SourceReads_EveryKey_IsDocumented()
    {
        // Arrange
        var reads = ConfigurationKeyScanner.SourceReads();

        // Act
        var undocumented = reads.Where(read => !ConfigurationDoc.Documents(read.Key)).Select(read => $"{read.Key} ({read.Source})").ToList();

        // Assert
        Assert.NotEmpty(reads);
        Assert.True(undocumented.Count == 0, "Add to docs/CONFIGURATION.md: " + string.Join("; ", undocumented));
    }

    [Fact]
    public void Documentation_EnvironmentVariable_IsTheKeyWithDoubleUnderscores()
    {
        // Arrange
        var settings = ConfigurationDoc.Settings;

        // Act
        var inconsistent = settings.Where(s =>
            !string.Equals(s.EnvironmentVariable, s.Key.Replace(":", "__", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(s.EnvironmentVariable, "ASPNETCORE_" + s.Key.Replace(":", "__", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            .Select(s => $"{s.Key} → {s.EnvironmentVariable}");

        // Assert
        Assert.True(settings.Count >= 10, $"only {settings.Count} settings parsed from docs/CONFIGURATION.md");
        Assert.Empty(inconsistent);
    }

    [Theory]
    [InlineData("""var url = configuration["PublicBaseUrl"];""", "PublicBaseUrl")]
    [InlineData("""o.PublicBaseUrl = c["PublicBaseUrl"]""", "PublicBaseUrl")]
    [InlineData("""var n = config.GetValue<int>("Limits:MaxItems");""", "Limits:MaxItems")]
    [InlineData("""builder.Configuration.GetConnectionString("Redis")""", "ConnectionStrings:Redis")]
    [InlineData("""configuration.GetSection("Kestrel:Endpoints").Exists()""", "Kestrel:Endpoints")]
    [InlineData("""const string FooKey = "Foo:Bar"; var x = configuration[FooKey];""", "Foo:Bar")]
    [InlineData("""const string SectionName = "Slack"; x.BindConfiguration(SlackOptions.SectionName);""", "Slack")]
    public void Scan_ConfigurationRead_FindsTheKey(string code, string expected)
    {
        // Arrange
        var constants = ConfigurationKeyScanner.Constants([code]);

        // Act
        var keys = ConfigurationKeyScanner.Scan(code, "sample.cs", constants).Select(read => read.Key);

        // Assert
        Assert.Contains(expected, keys);
    }

    [Theory]
    [InlineData("""if (values.TryGetValue(field, out var value)) { }""")]
    [InlineData("""var first = c[0] + c[i];""")]
    [InlineData("""var v = (Enum)field.GetValue(null)!;""")]
    public void Scan_OtherIndexersAndLookups_FindsNothing(string code)
    {
        // Arrange
        var constants = ConfigurationKeyScanner.Constants([code]);

        // Act
        var keys = ConfigurationKeyScanner.Scan(code, "sample.cs", constants);

        // Assert
        Assert.Empty(keys);
    }
}
