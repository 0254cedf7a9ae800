using System.Text.Json;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// Where a proactive message goes (the parts of a ConversationReference the bot needs, teams.md §1.1): the serviceUrl
/// and conversation of an authenticated activity, the bot account it was addressed to, the tenant. A channel thread's
/// conversation id carries ";messageid=" with the thread's root, so the message lands in that thread.
/// </summary>
internal sealed record TeamsAddress(string ServiceUrl, string ConversationId, string? ConversationType, string? TenantId, string? ChannelId, string? BotId, string? BotName)
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The address of <paramref name="activity"/>'s conversation (its thread, in a channel); null without a serviceUrl or conversation.</summary>
    public static TeamsAddress? Of(Activity activity)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversation)
        {
            return null;
        }

        var type = activity.Conversation.ConversationType;
        if (type == "channel" && !conversation.Contains(ThreadMarker, StringComparison.Ordinal) && (activity.ReplyToId ?? activity.Id) is { Length: > 0 } root)
        {
            conversation += ThreadMarker + root;
        }

        var tenant = activity.Conversation.TenantId ?? JsonText.At(activity.ChannelData, "tenant", "id");
        return new(serviceUrl, conversation, type, tenant, activity.ChannelId, activity.Recipient?.Id, activity.Recipient?.Name);
    }

    /// <summary>The stored form.</summary>
    public string Encode() => JsonSerializer.Serialize(this, ActivityJson.Options);

    /// <summary>An address from its stored form; null when it is not one.</summary>
    public static TeamsAddress? Decode(string? stored)
    {
        try
        {
            return string.IsNullOrEmpty(stored) ? null : JsonSerializer.Deserialize<TeamsAddress>(stored, ActivityJson.Options) is { ServiceUrl.Length: > 0, ConversationId.Length: > 0 } address ? address : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A message activity carrying <paramref name="attachment"/> to this conversation, from the bot.</summary>
    public Activity Message(Attachment attachment) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId ?? "msteams",
        ServiceUrl = ServiceUrl,
        From = BotId is null ? null : new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(ConversationId) { ConversationType = ConversationType, TenantId = TenantId },
        Attachments = [attachment],
    };
}
