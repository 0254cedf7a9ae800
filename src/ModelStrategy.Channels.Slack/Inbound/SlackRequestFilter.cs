using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Http.Inbound;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.RateLimiting;
using ModelStrategy.Channels.Slack.Verification;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// The first steps of every request to the /slack route group: read the capped raw body (413 when too large), then
/// verify its signature (401 on any failure, with no detail in the response; Slack's unsigned <c>ssl_check=1</c> probe
/// of the command URL gets an empty 200), then check the content type is the endpoint's <see cref="SlackContentType"/>
/// (415 otherwise), then spend one permit of the team's budget. A request naming a workspace outside
/// <c>Slack:AllowedTeams</c> (when set) is acknowledged with 200 and dropped (only url_verification names none).
/// Nothing is parsed before it is verified, so forged requests never spend a team's budget. Over the budget the
/// request is acknowledged with 200 (a non-200 would make Slack retry and worsen the flood) and dropped, with the
/// answer of <see cref="RateLimitReplies"/>; a message or a click on a message also gets a notice sent after the
/// acknowledgement (<see cref="RateLimitNoticeQueue"/>). What passes reaches the endpoint as a
/// <see cref="VerifiedSlackRequest"/>, inside a log scope naming its workspace (never its text).
/// </summary>
internal sealed class SlackRequestFilter(
    SlackRequestVerifier verifier, TeamRateLimiter limiter, RateLimitNoticeQueue notices, IOptions<SlackOptions> options, ILogger<SlackRequestFilter> logger)
    : IEndpointFilter
{
    /// <summary>The channel name the rate limiter partitions by.</summary>
    public const string Channel = "slack";

    /// <summary>The largest accepted body: 64 KB (Slack's payloads are a few KB).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private readonly IReadOnlySet<string> _allowedTeams = options.Value.AllowedTeamIds();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var read = await BoundedBody.ReadAsync(request, MaxBodyBytes, http.RequestAborted);
        if (!read.IsRead)
        {
            Log.BadRequest(logger, request.Path, read.Refusal == BodyRefusal.TooLarge ? "body too large" : "body not readable");
            return Results.StatusCode(read.Refusal == BodyRefusal.TooLarge ? StatusCodes.Status413PayloadTooLarge : read.Status);
        }

        var body = read.Bytes.ToArray();

        var check = verifier.Verify(request.Headers, body);
        if (check != SignatureCheck.Valid)
        {
            Log.Unauthorized(logger, request.Path, check.ToString());
            return check == SignatureCheck.MissingHeaders && request.Path == SlackChannelEndpointRouteBuilderExtensions.CommandsRoute
                && CommandsEndpoint.IsSslCheck(body) ? Results.Ok() : Results.Unauthorized();
        }

        var expected = http.GetEndpoint()?.Metadata.GetMetadata<SlackContentType>()
            ?? throw new InvalidOperationException($"{request.Path} is mapped without {nameof(SlackContentType)} metadata");
        if (!HasMediaType(request, expected.MediaType))
        {
            Log.BadRequest(logger, request.Path, "content type is not " + expected.MediaType);
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var teamId = SlackTeamId.Read(body);
        if (_allowedTeams.Count > 0 && teamId is not null && !_allowedTeams.Contains(teamId))
        {
            Log.TeamNotAllowed(logger, request.Path, teamId);
            return NotServed(request);
        }

        var decision = limiter.TryAcquire(Channel, teamId);
        if (!decision.Allowed)
        {
            Log.OverRateLimit(logger, request.Path, teamId ?? "?", decision.RetryAfterSeconds);
            notices.Offer(request.Path, body, teamId, decision);
            return RateLimitReplies.For(request, body, decision);
        }

        http.Features.Set(new VerifiedSlackRequest(body, teamId));
        using (logger.BeginScope(new Dictionary<string, object> { ["TeamId"] = teamId ?? "?" }))
        {
            Log.Verified(logger, request.Path);
            return await next(context);
        }
    }

    /// <summary>200 (so Slack does not retry) with, for a slash command, an ephemeral word on why nothing happens.</summary>
    private static IResult NotServed(HttpRequest request) => request.Path == SlackChannelEndpointRouteBuilderExtensions.CommandsRoute
        ? Results.Text("""{"response_type":"ephemeral","text":"This app does not serve this workspace."}""", SlackContentType.Json.MediaType)
        : Results.Ok();

    private static bool HasMediaType(HttpRequest request, string mediaType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);
}
