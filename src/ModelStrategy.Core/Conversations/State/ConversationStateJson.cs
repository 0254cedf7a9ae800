using System.Text.Json;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Conversations.State;

/// <summary>The stored form of <see cref="ConversationState"/>: the shared JSON shape (camelCase, enums by name).</summary>
internal static class ConversationStateJson
{
    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, RecommendationJson.Options);

    /// <summary>The state; an unreadable payload (e.g. from an incompatible older build) starts afresh.</summary>
    public static ConversationState Deserialize(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(payload, RecommendationJson.Options) ?? ConversationState.Empty;
        }
        catch (JsonException)
        {
            return ConversationState.Empty;
        }
    }
}
