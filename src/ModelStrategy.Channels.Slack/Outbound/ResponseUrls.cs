using Microsoft.Extensions.Options;

namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// Decides whether a response_url taken from a payload may be posted to: https on hooks.slack.com, or the origin of
/// the configured Web API base (a local fake in tests). Anything else is refused, so a payload cannot make the bot
/// post to an address of its choosing. (No token is ever sent to a response_url either way.)
/// </summary>
internal sealed class ResponseUrls(IOptionsMonitor<SlackOptions> options)
{
    public const string SlackHooksHost = "hooks.slack.com";

    public bool IsTrusted(string? responseUrl)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && string.Equals(uri.Host, SlackHooksHost, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var api = options.CurrentValue.ApiBaseUri();
        return Uri.Compare(uri, api, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
