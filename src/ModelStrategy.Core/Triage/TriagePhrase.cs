using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>Where a finding came from: a span of the input text (its words are shown to the user).</summary>
/// <param name="Index">Start of the span.</param>
/// <param name="Length">Length of the span.</param>
internal readonly record struct TriagePhrase(int Index, int Length)
{
    /// <summary>The span of a whole match.</summary>
    public static implicit operator TriagePhrase(Match match) => FromMatch(match);

    /// <summary>The span of a whole match.</summary>
    public static TriagePhrase FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Index, match.Length);
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TriagePhrase Spanning(Match first, Match last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var end = Math.Max(first.Index + first.Length, last.Index + last.Length);
        return new(first.Index, end - first.Index);
    }

    /// <summary>The words of this span in <paramref name="text"/>, without surrounding whitespace.</summary>
    public string In(string text) => text.AsSpan(Index, Length).Trim().ToString();
}
