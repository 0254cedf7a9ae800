namespace ModelStrategy.Channels.Slack.Verification;

/// <summary>The outcome of checking one request's signature; only <see cref="Valid"/> lets it through.</summary>
internal enum SignatureCheck
{
    /// <summary>Signed with our secret within the time window.</summary>
    Valid,
    /// <summary>No signing secret is configured: nothing can be verified, so nothing is accepted.</summary>
    NoSecret,
    /// <summary>X-Slack-Request-Timestamp or X-Slack-Signature is absent.</summary>
    MissingHeaders,
    /// <summary>The timestamp is not a whole number of seconds.</summary>
    MalformedTimestamp,
    /// <summary>The timestamp is more than five minutes old (a replay, or a slow clock).</summary>
    Expired,
    /// <summary>The timestamp is more than five minutes ahead (a fast clock, or a forged replay window).</summary>
    FromTheFuture,
    /// <summary>The signature is not ours for this timestamp and body.</summary>
    Mismatch,
}
