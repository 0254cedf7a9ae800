using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>Where a finding came from: the words (always a substring of the input) and their position.</summary>
/// <param name="Index">Position of the words in the text.</param>
/// <param name="Text">The words.</param>
internal readonly record struct TriagePhrase(int Index, string Text)
{
    /// <summary>The phrase of a whole match, without surrounding whitespace.</summary>
    public static implicit operator TriagePhrase(Match match) => FromMatch(match);

    /// <summary>The phrase of a whole match, without surrounding whitespace.</summary>
    public static TriagePhrase FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Index, match.Value.Trim());
    }

    /// <summary>The text from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TriagePhrase Spanning(string text, Match first, Match last)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var end = Math.Max(first.Index + first.Length, last.Index + last.Length);
        return new(first.Index, text[first.Index..end].Trim());
    }
}
