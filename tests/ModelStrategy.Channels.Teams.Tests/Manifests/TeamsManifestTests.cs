using System.Buffers.Binary;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace ModelStrategy.Channels.Teams.Tests.Manifests;

[Trait("Category", "Contract")]
public sealed partial class TeamsManifestTests
{
    private static readonly string Root = FindRoot();
    private static readonly string TeamsDir = Path.Combine(Root, "manifests", "teams");

    [Fact]
    public async Task Manifest_PlaceholdersFilled_ValidatesAgainstV129Schema()
    {
        var schemaPath = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "teams-manifest-v1.29.schema.json"));
        var schema = await JsonSchema.FromFileAsync(schemaPath);

        var errors = schema.Validate(Filled());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Manifest_Placeholders_AreOnlyTheDocumentedOnes()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(Path.Combine(TeamsDir, "manifest.json"))).Select(m => m.Value).ToHashSet();

        Assert.Subset(new HashSet<string> { "{{TEAMS_APP_ID}}", "{{BOT_ID}}", "{{PUBLIC_BASE_URL}}", "{{BOT_DOMAIN}}", "{{APP_VERSION}}" }, placeholders);
        Assert.Contains("{{BOT_ID}}", placeholders);
    }

    [Fact]
    public void Manifest_Bot_HasAllScopesAndCommands()
    {
        var bot = System.Text.Json.Nodes.JsonNode.Parse(Filled())!["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Contains("start", commands);
        Assert.Contains("quick", commands);
        Assert.Contains("help", commands);
        Assert.Contains("history", commands);
    }

    [Fact]
    public void Manifest_MessageExtension_TheCommandsAndLinkDomainTheBotAnswers()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(Filled())!;
        var extension = Assert.Single(manifest["composeExtensions"]!.AsArray())!;
        var commands = extension["commands"]!.AsArray().ToDictionary(c => (string)c!["id"]!, c => c!);

        Assert.Equal(manifest["bots"]![0]!["botId"]!.GetValue<string>(), (string?)extension["botId"]);
        var search = commands[ModelStrategy.Channels.Teams.MessageExtensions.RecentRecommendationsHandler.CommandId];
        Assert.Equal("query", (string?)search["type"]);
        Assert.Equal([ModelStrategy.Channels.Teams.MessageExtensions.RecentRecommendationsHandler.SearchParameter],
            search["parameters"]!.AsArray().Select(p => (string?)p!["name"]));
        var triage = commands[ModelStrategy.Channels.Teams.MessageExtensions.TriageMessageHandler.CommandId];
        Assert.Equal(("action", true), ((string?)triage["type"], (bool?)triage["fetchTask"]));
        Assert.Equal(["message"], triage["context"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(ModelStrategy.Channels.Teams.MessageExtensions.TriageDialog.Title, (string?)triage["title"]);
        var handler = Assert.Single(extension["messageHandlers"]!.AsArray())!;
        Assert.Equal("link", (string?)handler["type"]);
        Assert.Equal(["bot.example.com"], handler["value"]!["domains"]!.AsArray().Select(d => (string?)d));
        Assert.Null(handler["value"]!["supportsAnonymizedPayloads"]);
        Assert.Equal(["bot.example.com"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_PngHeader_HasRequiredSize(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TeamsDir, file));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public void OutlineIcon_PngHeader_HasAlphaChannel()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TeamsDir, "outline.png"));

        // IHDR colour type 6 = truecolour with alpha (transparent background).
        Assert.Equal(6, bytes[25]);
    }

    private static string Filled() => File.ReadAllText(Path.Combine(TeamsDir, "manifest.json"))
        .Replace("{{TEAMS_APP_ID}}", "11111111-2222-3333-4444-555555555555", StringComparison.Ordinal)
        .Replace("{{BOT_ID}}", "66666666-7777-8888-9999-000000000000", StringComparison.Ordinal)
        .Replace("{{PUBLIC_BASE_URL}}", "https://bot.example.com", StringComparison.Ordinal)
        .Replace("{{BOT_DOMAIN}}", "bot.example.com", StringComparison.Ordinal)
        .Replace("{{APP_VERSION}}", "1.0.0", StringComparison.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"\{\{[A-Z_]+\}\}", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Placeholder();
}
