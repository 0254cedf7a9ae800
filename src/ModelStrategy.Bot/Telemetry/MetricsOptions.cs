using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Bot.Telemetry;

/// <summary>
/// Whether and how the bot exports its metrics ("Metrics" section). Off by default: no OpenTelemetry SDK is loaded
/// and the instruments record nothing. The Prometheus endpoint answers only on connections to
/// <see cref="PrometheusPort"/>, a port the operator adds to the host's addresses and keeps private, so enabling it
/// never exposes metrics on the public port.
/// </summary>
internal sealed class MetricsOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Metrics";

    /// <summary>True exports the "ModelStrategy" meter through <see cref="Exporter"/>. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>otlp</c> (push to an OpenTelemetry collector, the default) or <c>prometheus</c> (a scrape endpoint).</summary>
    public string Exporter { get; set; } = OtlpExporter;

    /// <summary>The OTLP endpoint; empty uses the SDK's default (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, else localhost:4317).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The only local port the Prometheus endpoint answers on (required for <c>prometheus</c>).</summary>
    [Range(0, 65535)]
    public int PrometheusPort { get; set; }

    /// <summary>The Prometheus endpoint's path. Default <c>/metrics</c>.</summary>
    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>The <see cref="Exporter"/> value that pushes over OTLP.</summary>
    public const string OtlpExporter = "otlp";

    /// <summary>The <see cref="Exporter"/> value that serves a Prometheus scrape endpoint.</summary>
    public const string PrometheusExporter = "prometheus";

    /// <summary>True when enabled with the Prometheus exporter.</summary>
    public bool UsesPrometheus => Enabled && string.Equals(Exporter, PrometheusExporter, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!string.Equals(Exporter, OtlpExporter, StringComparison.OrdinalIgnoreCase) && !UsesPrometheus)
        {
            yield return new ValidationResult("Metrics:Exporter must be otlp or prometheus.", [nameof(Exporter)]);
        }

        if (UsesPrometheus && PrometheusPort == 0)
        {
            yield return new ValidationResult(
                "Metrics:PrometheusPort is required with the prometheus exporter: a private port the host also listens on (see docs/OPERATIONS.md).",
                [nameof(PrometheusPort)]);
        }

        if (UsesPrometheus && !PrometheusPath.StartsWith('/'))
        {
            yield return new ValidationResult("Metrics:PrometheusPath must start with /.", [nameof(PrometheusPath)]);
        }

        if (!string.IsNullOrEmpty(OtlpEndpoint) && !Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Metrics:OtlpEndpoint must be an absolute URL.", [nameof(OtlpEndpoint)]);
        }
    }
}
