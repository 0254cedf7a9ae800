using System.Net;
using Microsoft.Extensions.Options;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reports;

/// <summary>The API's reportUrl: absolute under PublicBaseUrl (appsettings.json makes it http://localhost:3978), relative without one.</summary>
[Trait("Category", "E2E")]
public sealed class ReportUrlTests
{
    [Theory]
    [InlineData(null, "http://localhost:3978/r/")] // the default in appsettings.json
    [InlineData("https://bot.example.com", "https://bot.example.com/r/")]
    [InlineData("https://example.com/bots/modelstrategy/", "https://example.com/bots/modelstrategy/r/")]
    [InlineData("", "/r/")]
    public async Task PostAndGet_ReportUrl_UnderThePublicBaseUrl(string? baseUrl, string expected)
    {
        // Arrange
        using var factory = new BaseUrlFactory(baseUrl);
        using var client = factory.CreateClient();
        var (id, posted) = await new ReportClient(factory, client).CreateAsync("{}");

        // Act
        using var response = await client.GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        // Assert
        var fetched = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(expected + id, posted.GetProperty("reportUrl").GetString());
        Assert.Equal(expected + id, fetched.GetProperty("reportUrl").GetString());
    }

    [Theory]
    [InlineData("ftp://bot.example.com")]
    [InlineData("bot.example.com")]
    [InlineData("https://user:secret@bot.example.com")]
    [InlineData("https://bot.example.com/?x=1")]
    public void Start_UnusablePublicBaseUrl_FailsWithReadableMessage(string baseUrl)
    {
        // Act
        var exception = FailedStart.Of(() => new BaseUrlFactory(baseUrl));

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("PublicBaseUrl", validation.Message, StringComparison.Ordinal);
        Assert.Contains("absolute http or https URL", validation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", validation.Message.Replace(baseUrl, "<url>", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_RecommendationSchema_HasReportUrlAndNoReportPages()
    {
        // Arrange
        using var factory = new BotFactory();
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        // Assert
        var document = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty("Recommendation").GetProperty("properties");
        Assert.True(properties.TryGetProperty("reportUrl", out _));
        Assert.DoesNotContain(document.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/r/", StringComparison.Ordinal));
    }

    private static Exception? Unwrap(Exception? exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerException) : exception;

    private sealed class BaseUrlFactory(string? baseUrl) : BotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => baseUrl is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["PublicBaseUrl"] = baseUrl };
    }
}
