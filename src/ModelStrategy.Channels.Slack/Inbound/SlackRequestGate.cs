using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Verification;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>What the gate made of a request: the raw body (null when too large), the signature check and, unless the
/// request passed, the response that refuses it.</summary>
internal sealed record GateResult(byte[]? Body, SignatureCheck Check, IResult? Refusal)
{
    /// <summary>True when the body was read and its signature is valid.</summary>
    public bool Passed => Refusal is null;
}

/// <summary>
/// The first steps of every Slack endpoint: read the capped raw body (413 when too large), then verify its
/// signature (401 on any failure, with no detail in the response). Nothing is parsed before it is verified.
/// </summary>
internal sealed class SlackRequestGate(SlackRequestVerifier verifier, ILogger<SlackRequestGate> logger)
{
    public async Task<GateResult> PassAsync(HttpContext context)
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

        return new GateResult(body, check, null);
    }
}
