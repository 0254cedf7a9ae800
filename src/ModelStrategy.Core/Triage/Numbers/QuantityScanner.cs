using System.Globalization;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Numbers;

/// <summary>
/// Finds every number in the text in one pass, with its multiplier ("40k", "1.2MM", "forty thousand"), a range
/// ("2-3", "90 to 110k": the midpoint), money marks ("$", "USD", "dollars", "grand") and the unit written right after
/// it ("weeks", "ms", "%", "tokens", "GB"). Numbers glued to letters before them ("GPT-4o", "Q3", "p95", "ICD-10") are
/// names, not quantities. At most <see cref="MaxQuantities"/> are kept, so the work after this pass is bounded.
/// </summary>
internal static class QuantityScanner
{
    /// <summary>Most quantities read from one text.</summary>
    public const int MaxQuantities = 80;

    private static readonly HashSet<string> ArticlePrepositions =
        ["in", "within", "under", "than", "inside", "about", "around", "only", "just", "roughly", "approximately"];

    private static readonly HashSet<string> Foreign =
        ["€", "£", "¥", "₹", "eur", "euro", "euros", "gbp", "pounds", "chf", "yen", "inr", "rupees", "cad", "aud", "sek", "nok"];

    /// <summary>The quantities of <paramref name="t"/>, in text order.</summary>
    public static List<Quantity> Scan(TokenText t)
    {
        var found = new List<Quantity>();
        var i = 0;
        while (i < t.Count && found.Count < MaxQuantities)
        {
            if (TryRead(t, i, out var quantity))
            {
                found.Add(quantity);
                i = quantity.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool TryRead(TokenText t, int i, out Quantity quantity)
    {
        quantity = null!;
        if (!TryNumber(t, i, out var value, out var next, out var spelled) || IsName(t, i, spelled))
        {
            return false;
        }

        var multiplied = TryMultiplier(t, next, ref value, ref next, out var grand);
        var range = TryRangeEnd(t, i, next, ref value, ref next, ref multiplied, ref grand);
        next = SkipSuffix(t, next);
        var (first, money, foreign) = Prefix(t, i);
        var (unit, scale, unitLast, compound) = Unit(t, next);
        money |= grand;
        if ((money || multiplied) && unit is UnitKind.Duration or UnitKind.Time)
        {
            (unit, scale, unitLast, compound) = (UnitKind.None, 0, next - 1, false);
        }

        if (unit == UnitKind.None && IsDollars(t.W(next)))
        {
            money = true;
            unitLast = next;
        }

        foreign |= unit == UnitKind.None && Foreign.Contains(t.W(next));
        quantity = new Quantity
        {
            First = first, NumberFirst = i, NumberLast = next - 1, Last = Math.Max(next - 1, unitLast), Value = value,
            Unit = unit, Scale = scale, Money = money, Foreign = foreign, Multiplied = multiplied, Spelled = spelled,
            Range = range, Compound = compound,
        };
        return true;
    }

    private static bool TryNumber(TokenText t, int i, out double value, out int next, out bool spelled)
    {
        spelled = false;
        if (t.IsNumber(i))
        {
            next = i + 1;
            return double.TryParse(t.W(i).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }

        spelled = true;
        return NumberWords.TryRead(t, i, ArticlePrepositions.Contains(t.W(i - 1)), out value, out next);
    }

    /// <summary>"GPT-4o", "Q3", "p95", "ICD-10", "1st": a number glued to letters is part of a name.</summary>
    private static bool IsName(TokenText t, int i, bool spelled)
    {
        if (spelled)
        {
            return false;
        }

        var gluedBefore = t.Joined(i) && ((t.IsWord(i - 1) && !IsNumberSuffix(t, i - 1))
            || (t.W(i - 1) == "-" && t.Joined(i - 1) && t.IsWord(i - 2) && t.W(i - 2) != "sub" && !IsNumberSuffix(t, i - 2)));
        var after = t.W(i + 1);
        var gluedAfter = t.Joined(i + 1) && t.IsWord(i + 1) && !NumberWords.Multipliers.ContainsKey(after)
            && !Units.TryGet(after, out _, out _) && !IsDollars(after) && after != "ish" && !Foreign.Contains(after);
        return gluedBefore || gluedAfter;
    }

    /// <summary>"k" in "150k-200k", "ms" in "100ms-200ms": a multiplier or unit glued to a number before it.</summary>
    private static bool IsNumberSuffix(TokenText t, int i) =>
        t.IsNumber(i - 1) && t.Joined(i) && (NumberWords.Multipliers.ContainsKey(t.W(i)) || Units.TryGet(t.W(i), out _, out _));

    private static bool TryMultiplier(TokenText t, int at, ref double value, ref int next, out bool grand)
    {
        var w = t.W(at);
        grand = w == "grand";
        var spacedOk = w.Length > 1 && w != "tn" || w == "k";
        if (!NumberWords.Multipliers.TryGetValue(w, out var factor) || (!t.Joined(at) && !spacedOk))
        {
            return false;
        }

        value *= factor;
        next = at + 1;
        return true;
    }

    private static bool TryRangeEnd(TokenText t, int start, int at, ref double value, ref int next, ref bool multiplied, ref bool grand)
    {
        var w = t.W(at);
        if (w is not ("-" or "to" or "or") && !(w == "and" && t.W(start - 1) == "between"))
        {
            return false;
        }

        var firstMultiplied = multiplied;

        var b = at + 1 + (t.W(at + 1) == "$" ? 1 : 0);
        if (!TryNumber(t, b, out var second, out var end, out var spelled) || (spelled && t.IsNumber(at - 1)) || IsName(t, b, spelled))
        {
            return false;
        }

        var secondMultiplied = TryMultiplier(t, end, ref second, ref end, out var secondGrand);
        if (!firstMultiplied && secondMultiplied && second > 0)
        {
            value *= NumberWords.Multipliers[t.W(end - 1)];
        }

        value = (value + second) / 2;
        next = end;
        multiplied |= secondMultiplied;
        grand |= secondGrand;
        return true;
    }

    private static int SkipSuffix(TokenText t, int next) =>
        (t.W(next) == "+" || t.W(next) == "ish") && t.Joined(next) ? next + 1
        : t.W(next) == "-" && t.W(next + 1) == "ish" ? next + 2
        : next;

    private static (int First, bool Money, bool Foreign) Prefix(TokenText t, int i)
    {
        var before = t.W(i - 1);
        if (before == "$")
        {
            var us = t.W(i - 2) is "us" or "usd" && t.Joined(i - 1);
            return (us ? i - 2 : i - 1, true, false);
        }

        if (before is "usd" or "us$")
        {
            return (i - 1, true, false);
        }

        return (i, false, Foreign.Contains(before));
    }

    private static (UnitKind Unit, double Scale, int Last, bool Compound) Unit(TokenText t, int at)
    {
        var compound = t.W(at) == "-" && t.Joined(at) && t.Joined(at + 1);
        var u = compound ? at + 1 : at;
        var w = t.W(u);
        if (w == "per" && t.W(u + 1) == "cent")
        {
            return (UnitKind.Percent, 1, u + 1, false);
        }

        if (!Units.TryGet(w, out var kind, out var scale) || (w is "s" or "min" && !t.Joined(u) && t.W(u + 1) == "-"))
        {
            return (UnitKind.None, 0, at - 1, false);
        }

        return (kind, scale, u, compound);
    }

    private static bool IsDollars(string w) => w is "dollars" or "dollar" or "usd" or "bucks" or "grand";
}
