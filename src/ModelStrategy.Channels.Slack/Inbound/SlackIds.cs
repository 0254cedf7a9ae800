namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// The shape every Slack identifier the bot keys on must have (team, channel, user, event_id, trigger_id, view id,
/// message ts): 1 to 255 characters with no white space or control characters. Slack's own are short tokens such as
/// <c>T0123ABC</c> or <c>1800000001.000100</c>; anything else would become a store key (whose length is capped) or a
/// conversation key (which refuses blanks), so it is refused where it is read.
/// </summary>
internal static class SlackIds
{
    public const int MaxLength = 255;

    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>True when every id given is well formed (absent ones are not: pass only ids that must be there).</summary>
    public static bool AreWellFormed(params string?[] ids) => ids.All(IsWellFormed);
}
