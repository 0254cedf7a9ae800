using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace ModelStrategy.Deployment.Tests;

[Trait("Category", "Deployment")]
[Trait("Tier", "External")]
public sealed class ManifestPackageTests(ManifestBuild build) : IClassFixture<ManifestBuild>
{
    [Fact]
    public void BuildScript_ForAHost_Succeeds()
    {
        // Assert
        Assert.True(build.Result is { ExitCode: 0 }, build.Result?.ToString());
        Assert.True(File.Exists(build.TeamsPackage), build.Result?.ToString());
        Assert.Equal(ManifestBuild.HasSlackTemplate, File.Exists(build.SlackManifest));
    }

    [Fact]
    public void TeamsPackage_Zip_HoldsTheManifestAndIconsAtItsRoot()
    {
        // Act
        using var zip = ZipFile.OpenRead(build.TeamsPackage);

        // Assert
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamsPackage_Manifest_ValidatesAgainstTheV129Schema()
    {
        // Arrange
        var schema = await JsonSchema.FromFileAsync(Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "schemas", "teams-manifest-v1.29.schema.json")));

        // Act
        var errors = schema.Validate(ReadTeamsManifest());

        // Assert
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void TeamsPackage_Manifest_HasTheHostAndIdsFilledIn()
    {
        // Act
        var manifest = JsonNode.Parse(ReadTeamsManifest())!;

        // Assert
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ManifestBuild.AppId, (string?)manifest["id"]);
        Assert.Equal(ManifestBuild.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal($"https://{ManifestBuild.Host}", (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal([ManifestBuild.Host], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
    }

    [Theory]
    [InlineData("not a host!", "HOST must be a host name")]
    [InlineData("bot.example.com", "must be a GUID")]
    public async Task BuildScript_BadInput_FailsWithAClearMessage(string host, string expected)
    {
        // Act
        var result = await ManifestBuild.RunAsync(host, "--out", Path.Combine(build.OutputDirectory, "bad"));

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }

    private string ReadTeamsManifest()
    {
        using var zip = ZipFile.OpenRead(build.TeamsPackage);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }
}
