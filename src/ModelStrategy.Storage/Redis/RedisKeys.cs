using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// The Redis key of each stored thing, all under one prefix: <c>{prefix}recommendation:{id}</c> with the index of the
/// recommendations' bounded space (<c>{prefix}recommendations:expiry</c>, <c>…:sizes</c>, <c>…:bytes</c>), the recent
/// lists of a team and of a person in it (<c>{prefix}recommendations:recent:{audience}</c>, <c>…:{audience}|by:{user}</c>),
/// <c>{prefix}conversation:{key}</c>, <c>{prefix}delivery:{key}</c>,
/// <c>{prefix}inbox:item:{key}</c> and the lease index <c>{prefix}inbox:leases</c>, and the review reminders
/// <c>{prefix}review:{id}</c> with their lease index <c>{prefix}reviews:leases</c> and per-conversation index
/// <c>{prefix}reviews:conversation:{key}</c>, and outcomes <c>{prefix}outcome:{id}</c> with a per-team index
/// <c>{prefix}outcomes:team:{audience}</c>. Keys are binary-safe, so ids and conversation keys go in verbatim.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>The prefix every key starts with.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>Where a recommendation's JSON is kept.</summary>
    public RedisKey Recommendation(string id) => Prefix + "recommendation:" + id;

    /// <summary>Where a recommendation's <see cref="Core.Recommendations.Audience"/> is kept, beside its JSON and with the same TTL.</summary>
    public RedisKey RecommendationAudience(string id) => Prefix + "recommendation-audience:" + id;

    /// <summary>The prefix of every recommendation audience key (scripts build keys from it).</summary>
    public string RecommendationAudiencePrefix => Prefix + "recommendation-audience:";

    /// <summary>The prefix of every recommendation key (scripts build keys from it).</summary>
    public string RecommendationPrefix => Prefix + "recommendation:";

    /// <summary>The sorted set of stored recommendation ids scored by when they expire (Unix ms).</summary>
    public RedisKey RecommendationExpiry => Prefix + "recommendations:expiry";

    /// <summary>The hash of each stored recommendation's size in bytes, by id.</summary>
    public RedisKey RecommendationSizes => Prefix + "recommendations:sizes";

    /// <summary>The counter of bytes all stored recommendations take.</summary>
    public RedisKey RecommendationBytes => Prefix + "recommendations:bytes";

    /// <summary>
    /// The sorted set of an audience's recommendation ids by when they were made (Unix ms); with <paramref name="requestedBy"/>,
    /// of that person's within the audience.
    /// </summary>
    public RedisKey Recent(string audience, string? requestedBy) =>
        Prefix + "recommendations:recent:" + audience + (requestedBy is null ? string.Empty : "|by:" + requestedBy);

    /// <summary>The hash holding a conversation's payload, version and time of the last write.</summary>
    public RedisKey Conversation(string key) => Prefix + "conversation:" + key;

    /// <summary>The marker of a delivery already taken on.</summary>
    public RedisKey Delivery(string key) => Prefix + "delivery:" + key;

    /// <summary>The hash holding an inbox item's kind, payload, progress and attempts.</summary>
    public RedisKey InboxItem(string key) => Prefix + "inbox:item:" + key;

    /// <summary>The prefix of every inbox item hash (scripts build item keys from it).</summary>
    public string InboxItemPrefix => Prefix + "inbox:item:";

    /// <summary>The sorted set of inbox item keys scored by the end of their lease (Unix ms).</summary>
    public RedisKey InboxLeases => Prefix + "inbox:leases";

    /// <summary>The hash holding a review reminder's conversation, payload and attempts.</summary>
    public RedisKey ReviewReminder(string id) => ReviewReminderPrefix + id;

    /// <summary>The prefix of every review reminder hash (scripts build keys from it).</summary>
    public string ReviewReminderPrefix => Prefix + "review:";

    /// <summary>The sorted set of review reminder ids scored by the end of their lease (Unix ms; due time until first claimed).</summary>
    public RedisKey ReviewLeases => Prefix + "reviews:leases";

    /// <summary>The sorted set of one conversation's review reminder ids, scored by when they are due.</summary>
    public RedisKey ReviewConversation(string conversationKey) => ReviewConversationPrefix + conversationKey;

    /// <summary>The prefix of every per-conversation review index (scripts build keys from it).</summary>
    public string ReviewConversationPrefix => Prefix + "reviews:conversation:";

    /// <summary>The hash holding a recommendation's outcome: audience, when chosen, the choice and the actuals.</summary>
    public RedisKey Outcome(string recommendationId) => Prefix + "outcome:" + recommendationId;

    /// <summary>The prefix of every team's outcome index (scripts build keys from it).</summary>
    public string OutcomeTeamPrefix => Prefix + "outcomes:team:";

    /// <summary>The sorted set of one team's (audience's) recommendation ids with an outcome, scored by when the choice was made.</summary>
    public RedisKey OutcomeTeam(string audience) => OutcomeTeamPrefix + audience;
}
