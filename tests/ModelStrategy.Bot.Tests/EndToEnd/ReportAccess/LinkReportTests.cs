using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Tests.EndToEnd.ReportAccess;

/// <summary>
/// Reports under Link (the development default): the API's reportUrl and Location carry an unguessable token; its
/// holder opens the page, the Markdown and the JSON without the project's own words; no token, a forged one or one for
/// another report is a 404; after the link lifetime it is a 410; every answer is no-store and noindex.
/// </summary>
[Trait("Category", "E2E")]
public sealed class LinkReportTests : IDisposable
{
    private const string Body = """{"text":"quick: launch in 6 weeks, 300 labeled tickets, customer PII","useCase":"Project Falcon for Contoso"}""";
    private readonly LinkFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task LinkHolder_OpensPageMarkdownAndJson_WithoutTheProjectsOwnWords()
    {
        using var client = Anonymous();
        var (reportUrl, location) = await CreateAsync(client);

        var page = await client.GetAsync(Relative(reportUrl));
        var markdown = await client.GetAsync(Relative(reportUrl.Replace("?k=", ".md?k=", StringComparison.Ordinal)));
        var json = await client.GetAsync(Relative(location));

        foreach (var response in new[] { page, markdown, json })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Falcon", text, StringComparison.Ordinal);
            Assert.DoesNotContain("300 labeled tickets", text, StringComparison.Ordinal);
            Assert.Contains("withheld", text, StringComparison.Ordinal);
        }

        Assert.Contains("noindex", page.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        var recommendation = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(WithheldFreeText.Withheld, recommendation.GetProperty("text").GetString());
        Assert.Equal(WithheldFreeText.Withheld, recommendation.GetProperty("constraints").GetProperty("useCase").GetString());
    }

    [Fact]
    public async Task NoForgedOrForeignToken_404LikeAnUnknownReport()
    {
        using var client = Anonymous();
        var (first, _) = await CreateAsync(client);
        var (second, _) = await CreateAsync(client);
        var id = first[(first.IndexOf("/r/", StringComparison.Ordinal) + 3)..first.IndexOf('?', StringComparison.Ordinal)];
        var token = first[(first.IndexOf("?k=", StringComparison.Ordinal) + 3)..];
        var otherToken = second[(second.IndexOf("?k=", StringComparison.Ordinal) + 3)..];
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        foreach (var address in new[] { $"/r/{id}", $"/r/{id}?k={forged}", $"/r/{id}?k={otherToken}", $"/r/{id}.md", $"/api/recommendations/{id}?k={otherToken}" })
        {
            var response = await client.GetAsync(Relative(address));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Falcon", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExpiredLink_410_WhileTheRecommendationIsStillKept()
    {
        using var client = Anonymous();
        var (reportUrl, location) = await CreateAsync(client);
        _factory.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var lastMinute = await client.GetAsync(Relative(reportUrl));

        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var page = await client.GetAsync(Relative(reportUrl));
        var json = await client.GetAsync(Relative(location));

        Assert.Equal(HttpStatusCode.OK, lastMinute.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This report link has expired", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Gone, json.StatusCode);
    }

    [Fact]
    public async Task Tokens_AreUnguessable_MoreThan128Bits()
    {
        using var client = Anonymous();
        var (reportUrl, _) = await CreateAsync(client);

        var token = reportUrl[(reportUrl.IndexOf("?k=", StringComparison.Ordinal) + 3)..];

        // Authenticated encryption: HMAC-SHA256 (256 bits) over a random IV and the ciphertext, in base64url.
        Assert.True(System.Buffers.Text.Base64Url.DecodeFromChars(token).Length * 8 >= 384, $"{token.Length} characters");
    }

    private HttpClient Anonymous()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    private static async Task<(string ReportUrl, string Location)> CreateAsync(HttpClient client)
    {
        using var created = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json(Body));
        var json = await HttpAssert.JsonAsync(created, HttpStatusCode.OK);
        Assert.Contains("Falcon", json.GetProperty("constraints").GetProperty("useCase").GetString(), StringComparison.Ordinal); // the caller's own answer
        return (json.GetProperty("reportUrl").GetString()!, created.Headers.Location!.OriginalString);
    }

    private static Uri Relative(string address) => new(new Uri(address, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(address).PathAndQuery : address, UriKind.Relative);

    /// <summary>A development host (reports by link) on a clock the test moves.</summary>
    private sealed class LinkFactory : BotFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Reports:Access"] = "Link" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
