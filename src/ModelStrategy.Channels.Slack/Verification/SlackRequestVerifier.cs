using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Channels.Slack.Verification;

/// <summary>
/// Checks the signature of one inbound request with the configured secret and the injected clock. Fails closed: with
/// no secret every request is refused, and that is logged once (naming the setting, never a value).
/// </summary>
internal sealed class SlackRequestVerifier(IOptionsMonitor<SlackOptions> options, TimeProvider time, ILogger<SlackRequestVerifier> logger)
{
    private int _warnedNoSecret;

    public SignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        var check = SlackSignature.Verify(
            options.CurrentValue.SigningSecret,
            headers[SlackSignature.TimestampHeader].ToString(),
            headers[SlackSignature.SignatureHeader].ToString(),
            body,
            time.GetUtcNow());
        if (check == SignatureCheck.NoSecret && Interlocked.Exchange(ref _warnedNoSecret, 1) == 0)
        {
            Log.NoSigningSecret(logger);
        }

        return check;
    }
}
