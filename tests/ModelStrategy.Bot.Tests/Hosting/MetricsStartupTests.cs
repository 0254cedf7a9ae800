using System.Net;
using Microsoft.Extensions.Options;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.Hosting;

public sealed class MetricsStartupTests
{
    [Theory]
    [InlineData("prometheus", null, "Metrics:PrometheusPort is required with the prometheus exporter")]
    [InlineData("statsd", null, "Metrics:Exporter must be otlp or prometheus.")]
    [InlineData("otlp", "not a url", "Metrics:OtlpEndpoint must be an absolute URL.")]
    public void Start_EnabledWithAnInvalidSetting_FailsNamingTheSetting(string exporter, string? otlpEndpoint, string expected)
    {
        var exception = FailedStart.Of(() => new MetricsFactory(exporter, otlpEndpoint));

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_EnabledWithOtlpAndNoCollector_ServesRequestsAndNoScrapeEndpoint()
    {
        using var factory = new MetricsFactory("otlp", "http://127.0.0.1:9");
        using var client = factory.CreateClient();

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }

    private static Exception? Unwrap(Exception? exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerException) : exception;

    private sealed class MetricsFactory(string exporter, string? otlpEndpoint) : BotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings
        {
            get
            {
                var settings = new Dictionary<string, string> { ["Metrics:Enabled"] = "true", ["Metrics:Exporter"] = exporter };
                if (otlpEndpoint is not null)
                {
                    settings["Metrics:OtlpEndpoint"] = otlpEndpoint;
                }

                return settings;
            }
        }
    }
}
