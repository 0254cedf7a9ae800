using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using OpenTelemetry.Metrics;

namespace ModelStrategy.Bot.Telemetry;

/// <summary>
/// Wires the OpenTelemetry SDK to the "ModelStrategy" meter when <see cref="MetricsOptions.Enabled"/> (read at
/// start-up), with the OTLP or Prometheus exporter. When off, nothing of the SDK is registered and the default run
/// pays nothing.
/// </summary>
internal static class MetricsExport
{
    public static WebApplicationBuilder AddMetricsExport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!settings.Enabled)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(MetricNames.Meter);
            if (settings.UsesPrometheus)
            {
                metrics.AddPrometheusExporter();
            }
            else
            {
                metrics.AddOtlpExporter(otlp =>
                {
                    if (Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint))
                    {
                        otlp.Endpoint = endpoint;
                    }
                });
            }
        });
        return builder;
    }

    /// <summary>Serves the Prometheus scrape endpoint, only to connections on the private port, when it is configured.</summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (settings.UsesPrometheus)
        {
            var port = settings.PrometheusPort;
            var path = new PathString(settings.PrometheusPath);
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Connection.LocalPort == port && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
        }

        return app;
    }
}
