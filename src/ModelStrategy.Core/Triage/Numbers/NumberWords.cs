using System.Collections.Frozen;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Numbers;

/// <summary>
/// Numbers written in words: "forty thousand", "thirty-five", "three hundred thousand", "half a million", "a couple of",
/// "a few hundred" (300), "several thousand" (5000), "a dozen". "a"/"an" alone counts as one only where the caller
/// allows it ("in a month", "under a second").
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Small = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Multipliers written as words or letters after a number ("k", "MM", "bn", "million", "grand").</summary>
    public static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["thousand"] = 1e3, ["grand"] = 1e3, ["m"] = 1e6, ["mm"] = 1e6, ["mn"] = 1e6, ["mil"] = 1e6,
        ["mio"] = 1e6, ["million"] = 1e6, ["millions"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["billion"] = 1e9,
        ["tn"] = 1e12, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Reads a number in words starting at token <paramref name="i"/>; <paramref name="next"/> is the token after it.
    /// <paramref name="articleIsOne"/> lets a lone "a"/"an" count as one.
    /// </summary>
    public static bool TryRead(TokenText t, int i, bool articleIsOne, out double value, out int next)
    {
        value = 0;
        next = i;
        var w = t.W(i);
        if (w is "a" or "an")
        {
            return ReadArticle(t, i, articleIsOne, out value, out next);
        }

        if (w == "half" && t.W(i + 1) is "a" or "an")
        {
            value = 0.5;
            next = i + 2;
            return ScaleBy(t, ref value, ref next) || IsUnitAhead(t, next);
        }

        if (w == "several")
        {
            return Vague(t, i + 1, 5, out value, out next);
        }

        return ReadCardinal(t, i, out value, out next);
    }

    private static bool ReadArticle(TokenText t, int i, bool articleIsOne, out double value, out int next)
    {
        var w = t.W(i + 1);
        if (w is "couple" or "few")
        {
            var of = t.W(i + 2) == "of" ? 1 : 0;
            return Vague(t, i + 2 + of, w == "couple" ? 2 : 3, out value, out next) || Plain(w == "couple" ? 2 : 3, i + 2 + of, out value, out next);
        }

        if (w == "dozen")
        {
            value = 12;
            next = i + 2;
            return true;
        }

        if (w is "hundred" or "thousand" or "million" or "billion" or "mil")
        {
            value = 1;
            next = i + 1;
            return ScaleBy(t, ref value, ref next);
        }

        if (w == "quarter" && (t.W(i + 2) is "million" or "billion" || (t.W(i + 2) == "of" && t.W(i + 3) == "a" && t.W(i + 4) is "million" or "billion")))
        {
            value = 0.25;
            next = t.W(i + 2) == "of" ? i + 4 : i + 2;
            return ScaleBy(t, ref value, ref next);
        }

        if (w == "half" && t.W(i + 2) is "million" or "mil" or "billion")
        {
            value = 0.5;
            next = i + 2;
            return ScaleBy(t, ref value, ref next);
        }

        value = 1;
        next = i + 1;
        return articleIsOne;
    }

    private static bool Vague(TokenText t, int i, double count, out double value, out int next)
    {
        value = count;
        next = i;
        return ScaleBy(t, ref value, ref next);
    }

    private static bool Plain(double count, int next0, out double value, out int next)
    {
        value = count;
        next = next0;
        return true;
    }

    private static bool ReadCardinal(TokenText t, int i, out double value, out int next)
    {
        double total = 0, current = 0;
        var previous = -1;
        next = i;
        while (next < t.Count && next - i < 16)
        {
            var w = t.W(next);
            if (Small.TryGetValue(w, out var n))
            {
                if (previous >= 0 && !(previous >= 20 && previous % 10 == 0 && n < 10))
                {
                    break;
                }

                current += n;
                previous = n;
                next++;
                if (t.W(next) == "-" && t.Joined(next) && t.Joined(next + 1) && Small.ContainsKey(t.W(next + 1)))
                {
                    next++;
                }

                continue;
            }

            if (next == i)
            {
                break;
            }

            if (w == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (w is "thousand" or "million" or "billion")
            {
                total += Math.Max(current, 1) * Multipliers[w];
                current = 0;
            }
            else if (!(w == "and" && Small.ContainsKey(t.W(next + 1)) && (current >= 100 || total > 0)))
            {
                break;
            }

            previous = -1;
            next++;
        }

        value = total + current;
        return next > i;
    }

    private static bool ScaleBy(TokenText t, ref double value, ref int next)
    {
        var w = t.W(next);
        if (w is "hundred" or "thousand" or "million" or "billion" or "mil" or "grand")
        {
            value *= w == "hundred" ? 100 : Multipliers[w];
            next++;
            return true;
        }

        return false;
    }

    private static bool IsUnitAhead(TokenText t, int next) => Units.IsTimeOrSecond(t.W(next));
}
