namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>
/// A Web API call or response_url post did not succeed: Slack answered <c>ok:false</c> with an error code, or an HTTP
/// error remained after the resilience policies. Carries the method and the code only, never the request.
/// </summary>
internal sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    /// <summary>The Web API method, or "response_url".</summary>
    public string Method { get; } = method;

    /// <summary>Slack's error code (e.g. <c>not_in_channel</c>), or <c>http_{status}</c>.</summary>
    public string Error { get; } = error;

    /// <summary>True when the bot cannot post in that conversation, so a response_url is the way to answer.</summary>
    public bool IsNotInConversation => Error is "not_in_channel" or "channel_not_found";
}
