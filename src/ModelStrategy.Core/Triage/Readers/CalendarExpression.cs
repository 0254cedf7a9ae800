using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>One calendar expression and the day it names.</summary>
/// <param name="First">First token, including "by", "before", "end of".</param>
/// <param name="Last">Last token.</param>
/// <param name="Date">The day it names.</param>
/// <param name="Bounded">Written with "by", "before", "until" or "end of" (a deadline even without a launch word).</param>
/// <param name="Specific">Names a day rather than a whole period.</param>
internal sealed record CalendarExpression(int First, int Last, DateOnly Date, bool Bounded, bool Specific)
{
    private enum Position
    {
        End,
        Start,
        Middle,
        Before,
    }

    /// <summary>The expression whose head (month, quarter, half or period word) is token <paramref name="i"/>, if any.</summary>
    public static CalendarExpression? TryRead(TokenText t, int i, DateOnly today)
    {
        if (Calendar.MonthAt(t, i) is > 0 and var month)
        {
            return Month(t, i, month, today);
        }

        if (t.W(i) is "q" or "h" && t.IsNumber(i + 1) && t.Joined(i + 1) && t.W(i + 1) is var n && (n is "1" or "2" || (t.W(i) == "q" && n is "3" or "4")))
        {
            var months = t.W(i) == "q" ? 3 : 6;
            return Period(t, i, i + 1, (n[0] - '0') * months, months, today);
        }

        if (IsoDate(t, i, today) is { } iso)
        {
            return iso;
        }

        if (t.W(i) is "first" or "second" && t.W(i + 1) == "half")
        {
            return Period(t, i, i + 1, t.W(i) == "first" ? 6 : 12, 6, today);
        }

        return CurrentPeriodEnd(t, i, today);
    }

    private static CalendarExpression? Month(TokenText t, int i, int month, DateOnly today)
    {
        var (dayFirst, day) = DayBefore(t, i);
        var last = i;
        if (day == 0 && t.IsNumber(i + 1) && !t.Joined(i + 1) && int.TryParse(t.W(i + 1), out var after) && after is >= 1 and <= 31)
        {
            day = after;
            last = t.W(i + 2) is "st" or "nd" or "rd" or "th" && t.Joined(i + 2) ? i + 2 : i + 1;
        }

        var (year, yearLast) = Year(t, last + 1, today);
        var (first, position, bounded) = Prefix(t, day > 0 ? dayFirst : i);
        if (day == 0 && t.W(i) == "may" && first == i && !t.IsHardBoundary(i + 1) && t.W(i + 1) is not ("launch" or "go-live" or "release" or "deadline"))
        {
            return null;
        }

        if (day == 0 && WeekOfMonth(t, i) is { } week)
        {
            return Calendar.Day(today, month, Math.Min(week.Day, DateTime.DaysInMonth(today.Year, month)), year) is { } d7
                ? new(Prefix(t, week.First).First, Math.Max(last, yearLast), d7, true, true) : null;
        }

        if (day > 0 && position is Position.End or Position.Before)
        {
            return Calendar.Day(today, month, day, year) is { } date ? new(first, Math.Max(last, yearLast), date, bounded, true) : null;
        }

        DateOnly? named = position switch
        {
            Position.Start => Calendar.Day(today, month, 1, year),
            Position.Middle => Calendar.Day(today, month, 15, year),
            _ => Calendar.Period(today, month, 1, year, position == Position.Before),
        };
        return named is { } d ? new(first, Math.Max(last, yearLast), d, bounded, position != Position.End) : null;
    }

    private static CalendarExpression? Period(TokenText t, int head, int last, int lastMonth, int months, DateOnly today)
    {
        if (t.W(last + 1) == "of" && (t.W(last + 2) is "next" or "this" || t.IsNumber(last + 2)))
        {
            last++;
        }

        var (year, yearLast) = Year(t, last + 1, today);
        var (first, position, bounded) = Prefix(t, head);
        var date = Calendar.Period(today, lastMonth, months, year, position is Position.Before or Position.Start);
        date = position switch
        {
            Position.Start => date.AddDays(1),
            Position.Middle => Calendar.Period(today, lastMonth, months, year, true).AddDays(1).AddMonths(months / 2),
            _ => date,
        };
        return new(first, Math.Max(last, yearLast), date, bounded, false);
    }

    /// <summary>"this quarter", "end of the month", "EOY", "year-end", "end of next quarter".</summary>
    private static CalendarExpression? CurrentPeriodEnd(TokenText t, int i, DateOnly today)
    {
        var w = t.W(i);
        if (w is "eoy" or "eoq" or "eom")
        {
            var (from, _, _) = Prefix(t, i);
            return new(from, i, End(today, w == "eoy" ? "year" : w == "eoq" ? "quarter" : "month", 0), true, false);
        }

        if (w is not ("year" or "quarter" or "month"))
        {
            return null;
        }

        var qualifier = t.W(i - 1);
        var (first, _, bounded) = Prefix(t, qualifier is "this" or "next" or "the" ? i - 1 : i, out var endOf);
        if (w == "year" && (t.W(i + 1) == "end" || (t.W(i + 1) == "-" && t.W(i + 2) == "end")))
        {
            return new(first, t.W(i + 1) == "end" ? i + 1 : i + 2, End(today, "year", 0), true, false);
        }

        return qualifier switch
        {
            "this" => new(first, i, End(today, w, 0), bounded || w != "year", false),
            "next" when endOf => new(first, i, End(today, w, 1), true, false),
            "next" => null,
            _ when endOf => new(first, i, End(today, w, 0), true, false),
            _ => null,
        };
    }

    private static DateOnly End(DateOnly today, string unit, int ahead) => unit switch
    {
        "year" => new DateOnly(today.Year + ahead, 12, 31),
        "quarter" => Calendar.EndOfMonth(today.Year, ((today.Month - 1) / 3 * 3) + 3).AddDays(1).AddMonths(3 * ahead).AddDays(-1),
        _ => Calendar.EndOfMonth(today.Year, today.Month).AddDays(1).AddMonths(ahead).AddDays(-1),
    };

    /// <summary>"the first week of December" (the 7th), "second week of" (14th), "third" (21st), "last" (the month's end).</summary>
    private static (int First, int Day)? WeekOfMonth(TokenText t, int month)
    {
        if (t.W(month - 1) != "of" || t.W(month - 2) != "week")
        {
            return null;
        }

        var day = t.W(month - 3) switch { "first" => 7, "1st" => 7, "second" => 14, "third" => 21, "fourth" => 28, "last" or "final" => 31, _ => 0 };
        var first = t.W(month - 4) == "the" ? month - 4 : month - 3;
        return day == 0 ? null : (first, day);
    }

    /// <summary>"2026-06-30".</summary>
    private static CalendarExpression? IsoDate(TokenText t, int i, DateOnly today)
    {
        if (!t.IsNumber(i) || t.W(i).Length != 4 || t.W(i + 1) != "-" || !t.IsNumber(i + 2) || t.W(i + 3) != "-" || !t.IsNumber(i + 4)
            || !t.Joined(i + 1) || !t.Joined(i + 2) || !t.Joined(i + 3) || !t.Joined(i + 4)
            || !int.TryParse(t.W(i), out var y) || !int.TryParse(t.W(i + 2), out var m) || !int.TryParse(t.W(i + 4), out var d)
            || y < today.Year || y > today.Year + 10 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        var (first, _, bounded) = Prefix(t, i);
        return new(first, i + 4, new DateOnly(y, m, d), bounded, true);
    }

    private static (int First, int Day) DayBefore(TokenText t, int i)
    {
        var j = t.W(i - 1) == "of" ? i - 2 : i - 1;
        var ordinal = t.W(j) is "st" or "nd" or "rd" or "th" && t.Joined(j);
        var n = ordinal ? j - 1 : j;
        if (t.IsNumber(n) && (ordinal || j == i - 1) && int.TryParse(t.W(n), out var day) && day is >= 1 and <= 31 && !t.IsNumber(n - 1))
        {
            return (t.W(n - 1) == "the" ? n - 1 : n, day);
        }

        return (i, 0);
    }

    private static (int? Year, int Last) Year(TokenText t, int i, DateOnly today)
    {
        var j = t.W(i) == "," ? i + 1 : i;
        if (t.IsNumber(j) && int.TryParse(t.W(j), out var y) && y >= today.Year && y <= today.Year + 10)
        {
            return (y, j);
        }

        return t.W(i) is "next" or "this" && t.W(i + 1) == "year" ? (today.Year + (t.W(i) == "next" ? 1 : 0), i + 1) : (null, -1);
    }

    private static (int First, Position Position, bool Bounded) Prefix(TokenText t, int head) => Prefix(t, head, out _);

    private static (int First, Position Position, bool Bounded) Prefix(TokenText t, int head, out bool endOf)
    {
        var i = head - 1;
        i -= t.W(i) == "the" ? 1 : 0;
        var position = Position.End;
        var bounded = false;
        endOf = false;
        if (t.W(i) == "of" && t.W(i - 1) is "end" or "start" or "beginning" or "middle")
        {
            position = t.W(i - 1) switch { "end" => Position.End, "middle" => Position.Middle, _ => Position.Start };
            endOf = t.W(i - 1) == "end";
            bounded = true;
            i -= 2;
            i -= t.W(i) == "the" ? 1 : 0;
        }
        else if (t.W(i) is "mid" or "early" or "late")
        {
            position = t.W(i) switch { "mid" => Position.Middle, "early" => Position.Start, _ => Position.End };
            bounded = true;
            i--;
        }
        else if (t.W(i) == "-" && t.W(i - 1) == "mid")
        {
            position = Position.Middle;
            bounded = true;
            i -= 2;
        }

        if (t.W(i) is "by" or "before" or "until" or "till" or "til")
        {
            return (i, t.W(i) == "before" && position == Position.End && !endOf ? Position.Before : position, true);
        }

        if (t.W(i) == "than" && t.W(i - 1) == "later")
        {
            return (i - 1, position, true);
        }

        return t.W(i) is "in" or "for" ? (i, position, bounded) : (i + 1, position, bounded);
    }
}
