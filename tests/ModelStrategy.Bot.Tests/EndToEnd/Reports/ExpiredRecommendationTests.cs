using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reports;

/// <summary>
/// A recommendation past <c>Storage:RecommendationRetention</c> answers exactly like an id that was never stored, on
/// the API and on the report page, as HTML and as Markdown.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ExpiredRecommendationTests(ExpiredRecommendationTests.ClockedBotFactory factory) : IClassFixture<ExpiredRecommendationTests.ClockedBotFactory>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    [Theory]
    [InlineData("/api/recommendations/")]
    [InlineData("/r/")]
    [InlineData("/r/{0}.md")]
    public async Task Get_AfterTheRetention_SameAnswerAsAnUnknownId(string route)
    {
        // Arrange
        using var client = factory.CreateClient();
        var (id, _) = await new ReportClient(factory, client).CreateAsync("""{"taskType":"qa","need":"knowledge"}""");
        var unknown = UnknownIdLike(id);
        using var fresh = await client.GetAsync(Address(route, id));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        // Act
        factory.Clock.Advance(Retention);
        using var expired = await client.GetAsync(Address(route, id));
        using var never = await client.GetAsync(Address(route, unknown));

        // Assert
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (expired.StatusCode, never.StatusCode));
        Assert.Equal(never.Content.Headers.ContentType?.ToString(), expired.Content.Headers.ContentType?.ToString());
        Assert.Equal(WithoutTraceId(await never.Content.ReadAsStringAsync()), WithoutTraceId(await expired.Content.ReadAsStringAsync()));
    }

    /// <summary>The body without the per-request trace id that problem+json responses carry.</summary>
    private static string WithoutTraceId(string body) => Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"\"", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static Uri Address(string route, string id) =>
        new(route.Contains("{0}", StringComparison.Ordinal) ? route.Replace("{0}", id, StringComparison.Ordinal) : route + id, UriKind.Relative);

    /// <summary>A well-formed id that was never stored: the same alphabet and length, another value.</summary>
    private static string UnknownIdLike(string id)
    {
        var reversed = new string([.. id.Reverse()]);
        return reversed == id ? id[1..] + id[0] : reversed;
    }

    /// <summary>The host on a fake clock, with a two-day recommendation retention.</summary>
    public sealed class ClockedBotFactory : BotFactory
    {
        /// <summary>The clock the host and its stores read.</summary>
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Storage:RecommendationRetention"] = "2.00:00:00",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
