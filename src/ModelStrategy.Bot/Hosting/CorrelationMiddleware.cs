using System.Diagnostics;

namespace ModelStrategy.Bot.Hosting;

/// <summary>
/// Gives every request a correlation id and a log scope: the caller's <c>X-Correlation-Id</c> when it is a short token
/// of safe characters, else the W3C trace id of the request's activity (from <c>traceparent</c> when sent), else a new
/// one. The id is echoed in the response's <c>X-Correlation-Id</c>. The scope carries the id and the channel
/// (teams, slack, api, reports, other) and nothing taken from the body: no secrets, no message text.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    /// <summary>The request and response header carrying the id.</summary>
    public const string Header = "X-Correlation-Id";

    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accepted(context.Request.Headers[Header].ToString())
            ?? Activity.Current?.TraceId.ToHexString()
            ?? ActivityTraceId.CreateRandom().ToHexString();
        context.Response.Headers[Header] = id;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["CorrelationId"] = id,
            ["Channel"] = ChannelOf(context.Request.Path),
        });
        await next(context);
    }

    /// <summary>The caller's id when it is 1–64 letters, digits, '-', '_' or '.'; null otherwise.</summary>
    public static string? Accepted(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? value : null;

    private static string ChannelOf(PathString path) =>
        path.StartsWithSegments("/api/messages") ? "teams"
        : path.StartsWithSegments("/slack") ? "slack"
        : path.StartsWithSegments("/api") ? "api"
        : path.StartsWithSegments("/r") ? "reports"
        : "other";
}
