using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>Bounded look-ups around a token: the nearest cue word before or after it inside its clause.</summary>
internal static class Context
{
    /// <summary>Words that soften a number without changing what it is ("about", "~", "maybe").</summary>
    public static readonly HashSet<string> Hedges =
    [
        "about", "around", "roughly", "approximately", "approx", "~", "≈", "maybe", "probably", "prob", "perhaps", "nearly",
        "almost", "only", "just", "like", "some", "circa", "ca", "est", "estimated", "realistically", "ideally", "say",
        "guess", "think", "i", "i'd", "tops", "the", "a", "an", "of", "up", "to", "at", "least", "most", "more", "than",
        "less", "over", "under", "below", "within", "max", "maximum",
    ];

    /// <summary>
    /// The nearest token before <paramref name="from"/> whose word is in <paramref name="words"/>, looking at most
    /// <paramref name="maxTokens"/> tokens back and never past a sentence boundary (nor a comma or bracket when
    /// <paramref name="stopAtSoft"/>); -1 when there is none.
    /// </summary>
    public static int Back(TokenText t, int from, int maxTokens, IReadOnlySet<string> words, bool stopAtSoft = false)
    {
        for (var i = from - 1; i >= 0 && from - i <= maxTokens; i--)
        {
            if (t.IsHardBoundary(i) || (stopAtSoft && t.IsBoundary(i)))
            {
                return -1;
            }

            if (words.Contains(t.W(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nearest token after <paramref name="from"/> whose word is in <paramref name="words"/> (see <see cref="Back"/>).</summary>
    public static int Ahead(TokenText t, int from, int maxTokens, IReadOnlySet<string> words, bool stopAtSoft = false)
    {
        for (var i = from + 1; i < t.Count && i - from <= maxTokens; i++)
        {
            if (t.IsHardBoundary(i) || (stopAtSoft && t.IsBoundary(i)))
            {
                return -1;
            }

            if (words.Contains(t.W(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first token before <paramref name="from"/> that is not a hedge word (or "$"), or -1.</summary>
    public static int PreviousWord(TokenText t, int from)
    {
        var i = from - 1;
        while (i >= 0 && (Hedges.Contains(t.W(i)) || t.W(i) is "$" or "-" or ":" or "=" or "<" or ">" or "≤" or "≥") && from - i < 6)
        {
            i--;
        }

        return i;
    }

    /// <summary>True when one of the <paramref name="count"/> tokens before <paramref name="from"/> is in <paramref name="words"/> (same sentence).</summary>
    public static bool AnyBefore(TokenText t, int from, int count, IReadOnlySet<string> words) => Back(t, from, count, words) >= 0;
}
