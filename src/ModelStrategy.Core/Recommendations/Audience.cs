namespace ModelStrategy.Core.Recommendations;

/// <summary>
/// Who a recommendation belongs to, and so who may read it in full: the members of one Microsoft Entra tenant (made in
/// Teams, or through the API with an Entra token), of one Slack workspace, or the holder of one API key. Recorded when
/// the recommendation is stored; never part of its JSON.
/// </summary>
/// <param name="Platform">Who vouches for the readers: <see cref="Entra"/>, <see cref="Slack"/> or <see cref="ApiKey"/>.</param>
/// <param name="Id">The tenant id, the workspace (team) id, or the key's name.</param>
public sealed record Audience(string Platform, string Id)
{
    /// <summary>A Microsoft Entra tenant: its members sign in with Microsoft.</summary>
    public const string Entra = "entra";

    /// <summary>A Slack workspace: its members sign in with Slack.</summary>
    public const string Slack = "slack";

    /// <summary>A named API key: its holder reads it through the API.</summary>
    public const string ApiKey = "api-key";

    /// <summary>True when <paramref name="reader"/> is one of this audience: the same platform and the same tenant (any letter case), workspace or key.</summary>
    public bool Admits(Audience? reader) =>
        reader is not null && reader.Platform == Platform
        && string.Equals(reader.Id, Id, Platform == Entra ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The stored form, e.g. "entra:72f988bf-…" or "slack:T0123".</summary>
    public override string ToString() => Platform + ":" + Id;

    /// <summary>An audience from its stored form; null for none, or for anything that is not one.</summary>
    public static Audience? Parse(string? stored) =>
        stored?.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && colon < stored.Length - 1
        && stored[..colon] is Entra or Slack or ApiKey
            ? new Audience(stored[..colon], stored[(colon + 1)..])
            : null;

    /// <summary>The audience of a dialog's recommendations: its conversation's tenant or workspace; null when the channel named none.</summary>
    public static Audience? Of(Conversations.ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Value.Split('|', 3);
        return parts is [var channel, { Length: > 0 } tenant, _] && channel switch { "teams" => Entra, "slack" => Slack, _ => null } is { } platform
            ? new Audience(platform, tenant)
            : null;
    }
}
