namespace ModelStrategy.Core.ChannelSupport.Telemetry;

/// <summary>The meter, instrument and tag names (docs/OPERATIONS.md, "Metrics"), in one place for code, docs and tests.</summary>
public static class MetricNames
{
    /// <summary>The meter's name.</summary>
    public const string Meter = "ModelStrategy";

    /// <summary>Histogram, seconds: from an inbound chat request's receipt to its reply sent (or acknowledged).</summary>
    public const string TurnDuration = "modelstrategy.turn.duration";

    /// <summary>Counter: outbound calls (Bot Connector, Slack Web API, response_url) that failed for good, after retries.</summary>
    public const string OutboundFailures = "modelstrategy.outbound.failures";

    /// <summary>Counter: outbound HTTP attempts that failed, including those a retry policy then repeated.</summary>
    public const string OutboundAttemptFailures = "modelstrategy.outbound.attempt_failures";

    /// <summary>Observable gauge: items stored in the durable Slack inbox, as the worker last counted them.</summary>
    public const string InboxDepth = "modelstrategy.inbox.depth";

    /// <summary>Counter: recommendations computed and stored.</summary>
    public const string Recommendations = "modelstrategy.recommendations";

    /// <summary>Counter: verified chat requests refused by a team's rate limit.</summary>
    public const string Throttled = "modelstrategy.throttled";

    /// <summary>Observable gauge, bytes: the stored recommendations' share of their bounded space.</summary>
    public const string RecommendationSpaceUsed = "modelstrategy.store.recommendations.used";

    /// <summary>Observable gauge, 0–1: the fraction of the recommendations' bound in use.</summary>
    public const string RecommendationSpaceFill = "modelstrategy.store.recommendations.fill";

    /// <summary>Counter: recommendations removed before their retention ended, to stay within the bound.</summary>
    public const string RecommendationsEvicted = "modelstrategy.store.recommendations.evicted";

    /// <summary>Tag: "teams" or "slack".</summary>
    public const string ChannelTag = "channel";

    /// <summary>Tag: what kind of turn (message, invoke, event, command, interaction).</summary>
    public const string KindTag = "kind";

    /// <summary>Tag: the outbound method (replyToActivity, chat.postMessage…).</summary>
    public const string MethodTag = "method";

    /// <summary>Tag: why an outbound call failed (an HTTP status, a Slack error code, or an exception class).</summary>
    public const string ErrorTag = "error";

    /// <summary>Tag: the recommended path (prompting, rag…).</summary>
    public const string PathTag = "path";

    /// <summary>Tag: where a recommendation was asked for (api, teams, slack).</summary>
    public const string SourceTag = "source";
}
