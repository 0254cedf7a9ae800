using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Slack.Throttling;
using ModelStrategy.Channels.Slack.Verification;
using ModelStrategy.Core.Throttling;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>What the gate made of a request: the raw body (null when too large), the signature check and, unless the
/// request passed, the response that refuses it.</summary>
internal sealed record GateResult(byte[]? Body, SignatureCheck Check, IResult? Refusal)
{
    /// <summary>The workspace of a verified request, when the body names one.</summary>
    public string? TeamId { get; init; }

    /// <summary>True when the body was read and its signature is valid.</summary>
    public bool Passed => Refusal is null;
}

/// <summary>
/// The first steps of every Slack endpoint: read the capped raw body (413 when too large), then verify its
/// signature (401 on any failure, with no detail in the response), then check the content type is the one Slack uses
/// for the endpoint (415 otherwise: JSON for events, a form for commands and interactions), then spend one permit of
/// the team's budget. A request naming a workspace outside <c>Slack:AllowedTeams</c> (when set) is acknowledged with 200 and
/// dropped (only url_verification names none).
/// Nothing is parsed before it is verified, so forged requests never spend a team's budget. Over the budget the
/// request is acknowledged with 200 (a non-200 would make Slack retry and worsen the flood) and dropped, with the
/// answer of <see cref="SlowDownReplies"/>: a slash command gets an ephemeral "slow down", a modal submission its
/// notice as a field error, events and other interactions an empty 200; a message or a click on a message also gets
/// a notice sent after the acknowledgement, once per channel for a while (<see cref="SlowDownNotices"/>).
/// </summary>
internal sealed class SlackRequestGate(
    SlackRequestVerifier verifier, ITeamRateLimiter limiter, SlowDownNotices notices, IOptions<SlackOptions> options, ILogger<SlackRequestGate> logger)
{
    private readonly IReadOnlySet<string> _allowedTeams = options.Value.AllowedTeamIds();

    /// <summary>The channel name the rate limiter partitions by.</summary>
    public const string Channel = "slack";

    /// <summary>Events API requests are JSON.</summary>
    public const string Json = "application/json";

    /// <summary>Slash commands and interactions are forms.</summary>
    public const string Form = "application/x-www-form-urlencoded";

    /// <param name="context">The request.</param>
    /// <param name="mediaType">The content type Slack sends to this endpoint (<see cref="Json"/> or <see cref="Form"/>).</param>
    public async Task<GateResult> PassAsync(HttpContext context, string mediaType)
    {
        var request = context.Request;
        var body = await SlackBody.ReadAsync(request, context.RequestAborted);
        if (body is null)
        {
            Log.BadRequest(logger, request.Path, "body too large");
            return new GateResult(null, SignatureCheck.MissingHeaders, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var check = verifier.Verify(request.Headers, body);
        if (check != SignatureCheck.Valid)
        {
            Log.Unauthorized(logger, request.Path, check.ToString());
            return new GateResult(body, check, Results.Unauthorized());
        }

        if (!HasMediaType(request, mediaType))
        {
            Log.BadRequest(logger, request.Path, "content type is not " + mediaType);
            return new GateResult(body, check, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        var teamId = SlackTeamId.Read(body);
        if (_allowedTeams.Count > 0 && teamId is not null && !_allowedTeams.Contains(teamId))
        {
            Log.TeamNotAllowed(logger, request.Path, teamId ?? "?");
            return new GateResult(body, check, NotServed(request));
        }

        var decision = limiter.TryAcquire(Channel, teamId);
        if (!decision.Allowed)
        {
            Log.TeamThrottled(logger, request.Path, teamId ?? "?", decision.RetryAfterSeconds);
            notices.Offer(request.Path, body, teamId, decision);
            return new GateResult(body, check, SlowDownReplies.For(request, body, decision));
        }

        return new GateResult(body, check, null) { TeamId = teamId };
    }

    /// <summary>Opens a log scope naming the request's workspace (never its text) for the rest of the request.</summary>
    public IDisposable? Scope(HttpRequest request, GateResult passed)
    {
        var scope = logger.BeginScope(new Dictionary<string, object> { ["TeamId"] = passed.TeamId ?? "?" });
        Log.Verified(logger, request.Path);
        return scope;
    }

    /// <summary>200 (so Slack does not retry) with, for a slash command, an ephemeral word on why nothing happens.</summary>
    private static IResult NotServed(HttpRequest request) => request.Path == SlackChannelEndpointRouteBuilderExtensions.CommandsRoute
        ? Results.Text("""{"response_type":"ephemeral","text":"This app does not serve this workspace."}""", Json)
        : Results.Ok();

    private static bool HasMediaType(HttpRequest request, string mediaType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);
}
