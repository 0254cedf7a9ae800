using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>A Bot Framework activity (the fields this bot reads or writes); unknown fields are kept.</summary>
internal sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public string? Action { get; init; }
    public JsonNode? Value { get; init; }
    public JsonObject? ChannelData { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    /// <summary>The entities; an item may be null (JSON allows <c>[null]</c>), as in <see cref="MembersAdded"/>.</summary>
    public IReadOnlyList<JsonObject?>? Entities { get; init; }
    public IReadOnlyList<ChannelAccount?>? MembersAdded { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A user or bot account.</summary>
internal sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
}

/// <summary>The conversation an activity belongs to.</summary>
internal sealed record ConversationAccount(string? Id)
{
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}

/// <summary>A card or file attached to an activity.</summary>
internal sealed record Attachment(string ContentType, JsonNode? Content);
