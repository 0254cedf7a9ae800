namespace ModelStrategy.Core.Constraints;

/// <summary>
/// The one bound on free text that reaches Core from any channel (typed messages, card inputs, the API's text field),
/// so a huge message costs no more to parse, store or render than a long one.
/// </summary>
public static class FreeText
{
    /// <summary>Longest free text kept, in UTF-16 code units.</summary>
    public const int MaxLength = 4000;

    /// <summary>Longest display name kept.</summary>
    public const int MaxNameLength = 200;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, never splitting a surrogate pair.</summary>
    public static string Cap(string text, int max = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }

    /// <summary>True when <paramref name="text"/> is longer than <see cref="MaxLength"/> and would be cut.</summary>
    public static bool IsOverLong(string? text) => text is { Length: > MaxLength };
}
