using System.Collections.Frozen;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// Month names and the date arithmetic of the labelling guide: a named month, quarter or half is the next one that
/// has not ended on the day the text is read; "before" a period is the day before it starts.
/// </summary>
internal static class Calendar
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The month token <paramref name="i"/> names (1–12), or 0.</summary>
    public static int MonthAt(TokenText t, int i) => Months.TryGetValue(t.W(i), out var m) ? m : 0;

    /// <summary>True when token <paramref name="i"/> is a month name.</summary>
    public static bool IsMonthAt(TokenText t, int i) => MonthAt(t, i) > 0;

    /// <summary>The last day of <paramref name="month"/> in <paramref name="year"/>.</summary>
    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// The last day of the period of <paramref name="months"/> months that ends with <paramref name="lastMonth"/>
    /// (a month: 1, a quarter: 3, a half: 6), in <paramref name="year"/> or else the next one not yet ended on
    /// <paramref name="today"/>; with <paramref name="before"/>, the day before that period starts.
    /// </summary>
    public static DateOnly Period(DateOnly today, int lastMonth, int months, int? year, bool before)
    {
        var y = year ?? today.Year;
        var end = EndOfMonth(y, lastMonth);
        if (year is null && end < today)
        {
            end = EndOfMonth(++y, lastMonth);
        }

        if (!before)
        {
            return end;
        }

        var start = new DateOnly(y, lastMonth, 1).AddMonths(1 - months).AddDays(-1);
        return year is null && start <= today ? new DateOnly(y + 1, lastMonth, 1).AddMonths(1 - months).AddDays(-1) : start;
    }

    /// <summary>A day of a month: in <paramref name="year"/>, or else the next one not yet passed on <paramref name="today"/>.</summary>
    public static DateOnly? Day(DateOnly today, int month, int day, int? year)
    {
        var y = year ?? today.Year;
        if (day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        return year is null && date < today && day <= DateTime.DaysInMonth(y + 1, month) ? new DateOnly(y + 1, month, day) : date;
    }

    /// <summary>Weeks from <paramref name="today"/> to <paramref name="date"/>.</summary>
    public static double WeeksUntil(DateOnly today, DateOnly date) => (date.DayNumber - today.DayNumber) / 7.0;
}
