using System.Net;
using System.Security.Cryptography;
using System.Text;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Formatting;
using static ModelStrategy.Bot.Tests.TestSupport.ReportClient;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reports;

/// <summary>What every report response promises: its headers, its Markdown twin, 404 for anything not stored, one recommendation only.</summary>
[Trait("Category", "E2E")]
public sealed class ReportResponseTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData(".md")]
    public async Task Get_Report_SecurityAndCachingHeaders(string suffix)
    {
        // Arrange
        using var client = factory.CreateClient();
        var (id, _) = await new ReportClient(factory, client).CreateAsync(ReportBodies.ChosenBy["rag"]);

        // Act
        using var response = await client.GetAsync(new Uri($"/r/{id}{suffix}", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("noindex", Header(response, "X-Robots-Tag"), StringComparison.Ordinal);
        // A report is confidential: no cache keeps it, the browser's included (docs/SECURITY.md).
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Get_Page_TheStyleSheetIsTheOneTheCspAllows()
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, _) = await reports.CreateAsync(ReportBodies.ChosenBy["peft"]);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        using (response)
        {
            var css = page.Descendants(Xhtml + "style").Single().Value;
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
            Assert.Contains($"style-src 'sha256-{hash}'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
            Assert.Contains("@media print", css, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/r/abcdefghijkm")] // well formed, never stored
    [InlineData("/r/abcdefghijkm.md")]
    [InlineData("/r/abc")]
    [InlineData("/r/ABCDEFGHIJKM")]
    [InlineData("/r/abcdefghijkl")] // 'l' is not in the alphabet
    [InlineData("/r/abcdefghijkmn")]
    [InlineData("/r/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/r/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/r/abcdefghijkm.md.md")]
    [InlineData("/r/.md")]
    public async Task Get_UnknownOrMalformedId_404WithoutEchoOrDetail(string address)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("Report not found", body, StringComparison.Ordinal);
        var id = address["/r/".Length..].Replace(".md", string.Empty, StringComparison.Ordinal);
        Assert.True(id.Length == 0 || !body.Contains(id, StringComparison.OrdinalIgnoreCase), "the 404 must not echo the address");
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetMarkdown_SameNumbersAsTheJson()
    {
        // Arrange
        using var client = factory.CreateClient();
        var (id, json) = await new ReportClient(factory, client).CreateAsync(ReportBodies.ChosenBy["rag-peft"]);

        // Act
        using var response = await client.GetAsync(new Uri($"/r/{id}.md", UriKind.Relative));

        // Assert
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith($"# Model strategy report: {json.GetProperty("pathName").GetString()}", markdown, StringComparison.Ordinal);
        var cost = json.GetProperty("cost");
        Assert.Contains(Md(Display.MoneyRange(cost.GetProperty("p10").GetDouble(), cost.GetProperty("p50").GetDouble(), cost.GetProperty("p90").GetDouble())), markdown, StringComparison.Ordinal);
        foreach (var p in json.GetProperty("paths").EnumerateArray().Where(p => p.GetProperty("feasible").GetBoolean()))
        {
            var money = (string name) => Md(Display.Money(p.GetProperty(name).GetDouble()));
            Assert.Contains($"| {money("costP10Usd")} | {money("costP50Usd")} | {money("costP90Usd")} |", markdown, StringComparison.Ordinal);
        }

        Assert.All(json.GetProperty("timelineWeeks").GetProperty("phases").EnumerateArray(), phase => Assert.Contains(
            $"| {Display.Duration(phase.GetProperty("p10").GetDouble())} | {Display.Duration(phase.GetProperty("p50").GetDouble())} | {Display.Duration(phase.GetProperty("p90").GetDouble())} |",
            markdown, StringComparison.Ordinal));
        Assert.Contains($"[Full report](<{json.GetProperty("reportUrl").GetString()}>)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TwoRecommendations_EachPageShowsOnlyItsOwn()
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (first, firstJson) = await reports.CreateAsync(ReportBodies.ChosenBy["rag"]);
        var (second, secondJson) = await reports.CreateAsync(ReportBodies.ChosenBy["from-scratch"]);

        // Act
        var firstHtml = await client.GetStringAsync(new Uri($"/r/{first}", UriKind.Relative));
        var secondMarkdown = await client.GetStringAsync(new Uri($"/r/{second}.md", UriKind.Relative));

        // Assert
        Assert.Contains(first, firstHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(second, firstHtml, StringComparison.Ordinal);
        Assert.Equal(firstJson.GetProperty("pathName").GetString(), ReportClient.Parse(firstHtml).Descendants(Xhtml + "h1").Single().Value);
        Assert.Contains(second, secondMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain(first, secondMarkdown, StringComparison.Ordinal);
        Assert.NotEqual(firstJson.GetProperty("path").GetString(), secondJson.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Get_Report_OnlyGetIsMapped()
    {
        // Arrange
        using var client = factory.CreateClient();
        var (id, _) = await new ReportClient(factory, client).CreateAsync("{}");

        // Act
        using var response = await client.PostAsync(new Uri($"/r/{id}", UriKind.Relative), HttpAssert.Json("{}"));

        // Assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;

    private static string Md(string text) => text.Replace("$", "\\$", StringComparison.Ordinal);
}
