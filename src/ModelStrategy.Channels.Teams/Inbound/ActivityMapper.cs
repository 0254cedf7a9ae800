using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Translates an authenticated activity into Core's inputs.</summary>
internal static class ActivityMapper
{
    public const string Channel = "teams";
    private const string ThreadMarker = ";messageid=";

    public static ConversationKey Key(Activity activity)
    {
        var conversation = activity.Conversation?.Id ?? string.Empty;
        var tenant = Tenant(activity) ?? string.Empty;
        var type = activity.Conversation?.ConversationType;
        if (type == "personal" || (type is null && activity.Conversation?.IsGroup != true))
        {
            return ConversationKey.Personal(Channel, tenant, UserId(activity));
        }

        var marker = conversation.IndexOf(ThreadMarker, StringComparison.Ordinal);
        if (marker >= 0 && !string.IsNullOrWhiteSpace(conversation[..marker]))
        {
            return ConversationKey.Thread(Channel, tenant, conversation[..marker], conversation[(marker + ThreadMarker.Length)..]);
        }

        // A group chat has no threads; a top-level channel post starts its own thread.
        var thread = type == "channel" ? activity.ReplyToId ?? activity.Id ?? string.Empty : string.Empty;
        return ConversationKey.Thread(Channel, tenant, conversation, thread);
    }

    /// <summary>The Entra tenant of the conversation (conversation.tenantId, else channelData.tenant.id); null when it names none.</summary>
    public static string? Tenant(Activity activity) =>
        activity.Conversation?.TenantId ?? JsonText.At(activity.ChannelData, "tenant", "id");

    public static Actor Actor(Activity activity) =>
        new(UserId(activity), activity.From?.Name ?? string.Empty);

    public static TextMessageInput Text(Activity activity, string text) => new()
    {
        Key = Key(activity),
        Actor = Actor(activity),
        DeliveryId = activity.Id!,
        MessageId = activity.Id!,
        Text = text,
        Address = Outbound.TeamsAddress.Of(activity)?.Encode(),
    };

    public static CardActionInput CardAction(Activity activity, CardActionData data) => new()
    {
        Key = Key(activity),
        Actor = Actor(activity),
        DeliveryId = activity.Id!,
        Action = data.Action,
        Context = data.Context,
        Values = data.Values,
        Address = Outbound.TeamsAddress.Of(activity)?.Encode(),
    };

    /// <summary>True when the activity names its sender (the user id every conversation key and actor needs).</summary>
    public static bool HasSender(Activity activity) => !string.IsNullOrWhiteSpace(UserId(activity));

    private static string UserId(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id ?? string.Empty;
}
