using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModelStrategy.Bot.Health;

/// <summary>Writes a health report as small JSON: overall status and each check's status, no exception details.</summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthResponse(
            Status(report.Status),
            report.Entries.ToDictionary(entry => entry.Key, entry => Status(entry.Value.Status)));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJsonContext.Default.HealthResponse, context.RequestAborted);
    }

    private static string Status(HealthStatus status) => status == HealthStatus.Healthy ? "ok" : status.ToString().ToLowerInvariant();
}
