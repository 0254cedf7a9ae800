using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModelStrategy.Bot.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace ModelStrategy.Deployment.Tests;

/// <summary>Every address the manifests and the Azure templates send people or platforms to is a route the host maps.</summary>
[Trait("Category", "Deployment")]
[Trait("Tier", "External")]
public sealed partial class RouteAgreementTests(BotFactory factory, ManifestBuild build) : IClassFixture<BotFactory>, IClassFixture<ManifestBuild>
{
    [Fact]
    public void TeamsManifest_LinksOnTheBotHost_AreGetRoutes()
    {
        // Arrange
        var routes = Routes();
        using var zip = ZipFile.OpenRead(build.TeamsPackage);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());

        // Act
        var links = UrlsOnBotHost(JsonStrings(manifest.RootElement)).ToList();

        // Assert
        Assert.Contains(links, link => link.AbsolutePath.EndsWith("/privacy", StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(routes.Serves("GET", link.AbsolutePath), $"GET {link.AbsolutePath} is not a host route"));
    }

    [Fact]
    public void SlackManifest_RequestUrls_ArePostRoutes()
    {
        // Arrange
        var routes = Routes();
        var yaml = new YamlStream();
        if (ManifestBuild.HasSlackTemplate)
        {
            using var reader = new StreamReader(build.SlackManifest);
            yaml.Load(reader);
        }

        // Act: every address on the bot's host is one Slack POSTs to, except the sign-in redirect (GET, handled by the
        // OpenID Connect handler before routing, at its callback path).
        var urls = UrlsOnBotHost(yaml.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)).ToList();
        var redirects = urls.Where(u => u.AbsolutePath == Bot.Reports.Access.ReportSignIn.SlackCallbackPath).ToList();

        // Assert
        Assert.Equal(ManifestBuild.HasSlackTemplate, urls.Count > 0);
        Assert.Equal(ManifestBuild.HasSlackTemplate ? 1 : 0, redirects.Count);
        Assert.All(urls.Except(redirects), url => Assert.True(routes.Serves("POST", url.AbsolutePath), $"POST {url.AbsolutePath} is not a host route"));
    }

    [Fact]
    public async Task AzureTemplates_BotEndpointProbesAndAvailabilityTest_AreHostRoutes()
    {
        // Arrange
        var routes = Routes();
        var main = await CompiledTemplate.MainAsync();
        var (app, _) = await ContainerAppTemplateTests.ContainerAppAsync();

        // Act
        var endpoint = PathIn(main.Root, "endpoint");
        var probes = app.GetProperty("properties").GetProperty("template").GetProperty("containers")[0].GetProperty("probes")
            .EnumerateArray().Select(p => p.GetProperty("httpGet").GetProperty("path").GetString()!).ToList();
        var availability = main.Resources("Microsoft.Insights/webtests").Single().Resource
            .GetProperty("properties").GetProperty("Request").GetProperty("RequestUrl").GetString()!;

        // Assert
        Assert.True(routes.Serves("POST", endpoint), $"the Azure Bot endpoint POST {endpoint} is not a host route");
        Assert.NotEmpty(probes);
        Assert.All(probes, path => Assert.True(routes.Serves("GET", path), $"probe GET {path} is not a host route"));
        Assert.Equal("[parameters('url')]", availability);
        Assert.True(routes.Serves("GET", PathIn(main.Root, "url")), "the availability test's URL is not a host route");
    }

    private HostRoutes Routes()
    {
        using var client = factory.CreateClient(); // starts the host, so its endpoints are built
        return HostRoutes.Of(factory.Services);
    }

    private static IEnumerable<Uri> UrlsOnBotHost(IEnumerable<string> values) => values
        .Select(v => Uri.TryCreate(v, UriKind.Absolute, out var uri) ? uri : null)
        .OfType<Uri>()
        .Where(uri => string.Equals(uri.Host, ManifestBuild.Host, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value)),
        _ => [],
    };

    // The path in a compiled "[format('https://{0}/api/messages', …)]" handed to the module parameter of that name.
    private static string PathIn(JsonElement template, string parameter)
    {
        var text = template.GetRawText();
        var match = Regex.Match(text, $@"""{parameter}"":\s*\{{\s*""value"":\s*""\[format\('https://\{{0\}}(?<path>/[^']*)'", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"no https://{{host}}/… value for the \"{parameter}\" parameter");
        return match.Groups["path"].Value;
    }
}
