using System.Collections.Frozen;

namespace ModelStrategy.Core.Triage.Numbers;

/// <summary>What the word after a number measures.</summary>
internal enum UnitKind : byte
{
    /// <summary>No unit: a count, or an amount of money.</summary>
    None,

    /// <summary>Days, weeks, months, quarters, years (scale: weeks per unit).</summary>
    Duration,

    /// <summary>Milliseconds, seconds, minutes, hours (scale: milliseconds per unit).</summary>
    Time,

    /// <summary>Percent.</summary>
    Percent,

    /// <summary>Tokens.</summary>
    Tokens,

    /// <summary>Words of text.</summary>
    Words,

    /// <summary>Bytes (scale: bytes per unit).</summary>
    Bytes,
}

/// <summary>The unit words the quantity scanner knows, with their scale.</summary>
internal static class Units
{
    /// <summary>Weeks in a month (52/12), as the labelling guide fixes it.</summary>
    public const double WeeksPerMonth = 52 / 12.0;

    private static readonly FrozenDictionary<string, (UnitKind Kind, double Scale)> All = new Dictionary<string, (UnitKind, double)>
    {
        ["day"] = (UnitKind.Duration, 1 / 7.0), ["days"] = (UnitKind.Duration, 1 / 7.0),
        ["week"] = (UnitKind.Duration, 1), ["weeks"] = (UnitKind.Duration, 1), ["wk"] = (UnitKind.Duration, 1),
        ["wks"] = (UnitKind.Duration, 1), ["weeks'"] = (UnitKind.Duration, 1),
        ["month"] = (UnitKind.Duration, WeeksPerMonth), ["months"] = (UnitKind.Duration, WeeksPerMonth),
        ["mo"] = (UnitKind.Duration, WeeksPerMonth), ["mos"] = (UnitKind.Duration, WeeksPerMonth),
        ["mth"] = (UnitKind.Duration, WeeksPerMonth), ["mths"] = (UnitKind.Duration, WeeksPerMonth),
        ["months'"] = (UnitKind.Duration, WeeksPerMonth),
        ["quarter"] = (UnitKind.Duration, 13), ["quarters"] = (UnitKind.Duration, 13), ["qtr"] = (UnitKind.Duration, 13),
        ["qtrs"] = (UnitKind.Duration, 13),
        ["year"] = (UnitKind.Duration, 52), ["years"] = (UnitKind.Duration, 52), ["yr"] = (UnitKind.Duration, 52),
        ["yrs"] = (UnitKind.Duration, 52),
        ["ms"] = (UnitKind.Time, 1), ["msec"] = (UnitKind.Time, 1), ["msecs"] = (UnitKind.Time, 1),
        ["millis"] = (UnitKind.Time, 1), ["millisecond"] = (UnitKind.Time, 1), ["milliseconds"] = (UnitKind.Time, 1),
        ["s"] = (UnitKind.Time, 1000), ["sec"] = (UnitKind.Time, 1000), ["secs"] = (UnitKind.Time, 1000),
        ["second"] = (UnitKind.Time, 1000), ["seconds"] = (UnitKind.Time, 1000),
        ["min"] = (UnitKind.Time, 60_000), ["mins"] = (UnitKind.Time, 60_000), ["minute"] = (UnitKind.Time, 60_000),
        ["minutes"] = (UnitKind.Time, 60_000), ["hour"] = (UnitKind.Time, 3_600_000), ["hours"] = (UnitKind.Time, 3_600_000),
        ["hr"] = (UnitKind.Time, 3_600_000), ["hrs"] = (UnitKind.Time, 3_600_000),
        ["%"] = (UnitKind.Percent, 1), ["percent"] = (UnitKind.Percent, 1), ["pct"] = (UnitKind.Percent, 1),
        ["token"] = (UnitKind.Tokens, 1), ["tokens"] = (UnitKind.Tokens, 1), ["tok"] = (UnitKind.Tokens, 1),
        ["word"] = (UnitKind.Words, 1), ["words"] = (UnitKind.Words, 1),
        ["kb"] = (UnitKind.Bytes, 1e3), ["mb"] = (UnitKind.Bytes, 1e6), ["gb"] = (UnitKind.Bytes, 1e9),
        ["tb"] = (UnitKind.Bytes, 1e12), ["pb"] = (UnitKind.Bytes, 1e15), ["kilobytes"] = (UnitKind.Bytes, 1e3),
        ["megabytes"] = (UnitKind.Bytes, 1e6), ["gigabytes"] = (UnitKind.Bytes, 1e9), ["terabytes"] = (UnitKind.Bytes, 1e12),
        ["petabytes"] = (UnitKind.Bytes, 1e15), ["gigabyte"] = (UnitKind.Bytes, 1e9), ["terabyte"] = (UnitKind.Bytes, 1e12),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> PerDay = new Dictionary<string, double>
    {
        ["day"] = 1, ["days"] = 1, ["d"] = 1, ["daily"] = 1, ["week"] = 1 / 7.0, ["wk"] = 1 / 7.0, ["weekly"] = 1 / 7.0,
        ["w"] = 1 / 7.0, ["month"] = 12 / 365.25, ["mo"] = 12 / 365.25, ["mth"] = 12 / 365.25, ["monthly"] = 12 / 365.25,
        ["year"] = 1 / 365.25, ["yr"] = 1 / 365.25, ["annum"] = 1 / 365.25, ["yearly"] = 1 / 365.25,
        ["annually"] = 1 / 365.25, ["night"] = 1, ["nightly"] = 1, ["shift"] = 3, ["hour"] = 24, ["hr"] = 24, ["h"] = 24, ["hourly"] = 24, ["minute"] = 1440,
        ["min"] = 1440, ["second"] = 86_400, ["sec"] = 86_400, ["s"] = 86_400, ["quarter"] = 1 / 91.31,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The unit a word names, if any.</summary>
    public static bool TryGet(string word, out UnitKind kind, out double scale)
    {
        var found = All.TryGetValue(word, out var unit);
        (kind, scale) = found ? unit : (UnitKind.None, 0);
        return found;
    }

    /// <summary>How many per day one per <paramref name="period"/> is ("hour" → 24), if it is a period.</summary>
    public static bool TryPerDay(string period, out double factor) =>
        PerDay.TryGetValue(period, out factor)
        || (period.Length > 2 && period[^1] == 's' && PerDay.TryGetValue(period[..^1], out factor));

    /// <summary>True for a duration or a second/minute word ("a year", "half a second").</summary>
    public static bool IsTimeOrSecond(string word) =>
        All.TryGetValue(word, out var unit) && unit.Kind is UnitKind.Duration or UnitKind.Time && word.Length > 2;
}
