using System.Net;
using Microsoft.AspNetCore.Http;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>
/// With Metrics:Enabled and the Prometheus exporter, the OpenTelemetry SDK really exports the bot's instruments on
/// the private port; the same path on the public port is not served.
/// </summary>
[Trait("Category", "E2E")]
public sealed class PrometheusExportEndToEndTests
{
    [Fact]
    public async Task Scrape_OnThePrivatePort_ListsTheBotsInstruments_AndThePublicPortDoesNotServeIt()
    {
        using var factory = new PrometheusBotFactory();
        using var client = factory.CreateClient();
        using var body = new StringContent("""{"text":"RAG over 500 docs"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), body)).StatusCode);

        var scrape = await GetAsync(factory, "/metrics", PrometheusBotFactory.Port);
        var publicPort = await GetAsync(factory, "/metrics", 80);

        Assert.Equal(StatusCodes.Status200OK, scrape.Status);
        Assert.Contains("modelstrategy_recommendations_total{", scrape.Body, StringComparison.Ordinal);
        Assert.Contains("source=\"api\"", scrape.Body, StringComparison.Ordinal);
        Assert.Contains("# TYPE modelstrategy_recommendations_total counter", scrape.Body, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status404NotFound, publicPort.Status);
        Assert.DoesNotContain("modelstrategy_", publicPort.Body, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body)> GetAsync(PrometheusBotFactory factory, string path, int localPort)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.Connection.LocalPort = localPort;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
