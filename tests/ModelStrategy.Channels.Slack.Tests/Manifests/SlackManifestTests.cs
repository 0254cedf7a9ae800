using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelStrategy.Channels.Slack.Interactions;
using NJsonSchema;

namespace ModelStrategy.Channels.Slack.Tests.Manifests;

[Trait("Category", "Contract")]
public sealed partial class SlackManifestTests
{
    private const string Domain = "bot.example.com";
    private static readonly string Root = FindRoot();
    private static readonly string ManifestPath = Path.Combine(Root, "manifests", "slack", "manifest.yaml");

    [Fact]
    public async Task Manifest_PlaceholdersFilled_ValidatesAgainstSlackSchema()
    {
        var schema = await Schema();

        var errors = schema.Validate(Filled().ToJsonString());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Theory]
    [InlineData("command: /modelstrategy", "command: modelstrategy")]
    [InlineData("is_enabled: true", "is_enabled: \"yes\"")]
    [InlineData("name: ModelStrategy", "name: ModelStrategy Bot For Every Team In The Whole Company")]
    [InlineData("socket_mode_enabled: false", "socket_mode_enable: false")]
    [InlineData("name: Triage this message", "name: Triage with ModelStrategy")]
    [InlineData("type: global", "type: everywhere")]
    public async Task Manifest_BrokenOnPurpose_IsRejectedBySchema(string line, string broken)
    {
        var yaml = File.ReadAllText(ManifestPath);
        Assert.Contains(line, yaml, StringComparison.Ordinal);
        var schema = await Schema();

        var errors = schema.Validate(Fill(yaml.Replace(line, broken, StringComparison.Ordinal)).ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Manifest_Urls_UseTheHostsSlackRoutes()
    {
        var manifest = Filled();

        Assert.Equal($"https://{Domain}/slack/events", (string?)manifest["settings"]!["event_subscriptions"]!["request_url"]);
        Assert.Equal($"https://{Domain}/slack/interactions", (string?)manifest["settings"]!["interactivity"]!["request_url"]);
        var command = manifest["features"]!["slash_commands"]!.AsArray().Single()!;
        Assert.Equal("/modelstrategy", (string?)command["command"]);
        Assert.Equal($"https://{Domain}/slack/commands", (string?)command["url"]);
    }

    [Fact]
    public void Manifest_Placeholders_AreOnlyTheDomain()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(ManifestPath)).Select(m => m.Value).ToHashSet();

        Assert.Equal(["{{BOT_DOMAIN}}"], placeholders);
    }

    [Fact]
    public void Manifest_EventsAndCommands_HaveTheirScopesAndNoMore()
    {
        var manifest = Filled();
        var scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string)s!).ToList();
        var events = manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => (string)e!).ToList();

        Assert.Equal(["app_home_opened", "app_mention", "link_shared", "message.im"], events);
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write", "links:read", "links:write"], scopes);
        Assert.DoesNotContain(scopes, s => s.EndsWith(":write.public", StringComparison.Ordinal) || s.StartsWith("channels:", StringComparison.Ordinal));
        // Users grant only Sign in with Slack's OpenID scopes (report pages), nothing that reads their Slack.
        Assert.Equal(["openid", "profile"], manifest["oauth_config"]!["scopes"]!["user"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(["https://" + Domain + "/signin-slack"], manifest["oauth_config"]!["redirect_urls"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public void Manifest_AppHome_LetsPeopleMessageTheBotAndSocketModeIsOff()
    {
        var manifest = Filled();
        var home = manifest["features"]!["app_home"]!;

        Assert.True((bool)home["messages_tab_enabled"]!);
        Assert.False((bool)home["messages_tab_read_only_enabled"]!);
        Assert.False((bool)manifest["settings"]!["socket_mode_enabled"]!);
        Assert.True((bool)manifest["settings"]!["interactivity"]!["is_enabled"]!);
        Assert.NotNull(manifest["features"]!["bot_user"]!["display_name"]);
    }

    [Fact]
    public void Manifest_Shortcuts_AreTheOnesTheBotReads()
    {
        var shortcuts = Filled()["features"]!["shortcuts"]!.AsArray()
            .Select(s => ((string?)s!["type"], (string?)s["callback_id"], (string?)s["name"])).ToList();

        Assert.Equal(
            [("message", ShortcutReader.TriageMessage, "Triage this message"), ("global", ShortcutReader.NewRecommendation, "New recommendation")],
            shortcuts.Select(s => (s.Item1, s.Item2, s.Item3)));
        Assert.All(shortcuts, s => Assert.InRange(s.Item3!.Length, 1, 24));
    }

    [Fact]
    public void Manifest_LinkPreviewsAndHomeTab_ForTheBotsOwnDomain()
    {
        var manifest = Filled();

        Assert.Equal([Domain], manifest["features"]!["unfurl_domains"]!.AsArray().Select(d => (string)d!));
        Assert.True((bool)manifest["features"]!["app_home"]!["home_tab_enabled"]!);
    }

    private static Task<JsonSchema> Schema() =>
        JsonSchema.FromFileAsync(Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "slack-manifest-1.0.0.schema.json")));

    private static JsonNode Filled() => Fill(File.ReadAllText(ManifestPath));

    private static JsonNode Fill(string yaml) => YamlJson.Parse(yaml.Replace("{{BOT_DOMAIN}}", Domain, StringComparison.Ordinal))!;

    [GeneratedRegex(@"\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ModelStrategy.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
