using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ModelStrategy.Channels.Teams.Auth;

/// <summary>Reads the Bot Framework JWKS extension <c>endorsements</c> (the channels a key may sign for).</summary>
internal static class Endorsements
{
    public static bool Contains(OpenIdConnectConfiguration config, string? kid, string? channelId)
    {
        if (string.IsNullOrEmpty(kid) || string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(BotFrameworkAuthConstants.EndorsementsKey, out var raw))
        {
            return false;
        }

        return Values(raw).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Values(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        IEnumerable<object> list => list.OfType<string>(),
        string single => [single],
        _ => [],
    };
}
