using System.Globalization;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Pricing;

/// <summary>
/// What a price book accepts, each broken rule as "where: what is wrong" naming the entry and field
/// ("gpu.h100.onDemand.value: must be more than 0"). The price file's JSON Schema states the same rules.
/// </summary>
public static partial class PriceRules
{
    /// <summary>The largest value, low or high any price may have: far above any real one, and small enough that no total overflows.</summary>
    public const double MaxValue = 1_000_000;

    /// <summary>The longest name, source or version kept.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The longest source kept.</summary>
    public const int MaxSourceLength = 300;

    /// <summary>Evidence grades: A primary, B secondary, C vendor or single report, D derived, U assumption to confirm.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D", "U"];

    /// <summary>The rule a version follows, as the schema's pattern.</summary>
    public const string VersionPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";

    /// <summary>The rule an entry's as-of date follows, as the schema's pattern: a year, a month or a day.</summary>
    public const string AsOfPattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    /// <summary>What is wrong with a book's version, or nothing.</summary>
    public static IEnumerable<string> CheckVersion(string version)
    {
        if (!VersionRegex().IsMatch(version))
        {
            yield return "version: must be 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. \"2026-12\")";
        }
    }

    /// <summary>What is wrong with <paramref name="figure"/> as the price <paramref name="id"/>, or nothing.</summary>
    public static IEnumerable<string> CheckEntry(string id, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!BuiltInPrices.ById.TryGetValue(id, out var builtIn))
        {
            yield return $"{id}: unknown price; the book has {string.Join(", ", BuiltInPrices.Entries.Select(e => e.Id))}";
            yield break;
        }

        foreach (var (field, value) in new[] { ("value", figure.Value), ("low", figure.Low), ("high", figure.High) })
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                yield return $"{id}.{field}: must be more than 0";
            }
            else if (value > MaxValue)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{id}.{field}: must be at most {MaxValue:N0}");
            }
        }

        if (figure.Low > figure.High)
        {
            yield return Invariant($"{id}.low: must not be more than high ({figure.High})");
        }
        else if (figure.Value < figure.Low || figure.Value > figure.High)
        {
            yield return Invariant($"{id}.value: must be between low ({figure.Low}) and high ({figure.High})");
        }

        if (!string.Equals(figure.Unit, builtIn.Unit, StringComparison.Ordinal))
        {
            yield return $"{id}.unit: must be \"{builtIn.Unit}\" (the unit the estimator computes in)";
        }

        foreach (var message in Text(id, "name", figure.Name, MaxNameLength).Concat(Text(id, "source", figure.Source, MaxSourceLength)))
        {
            yield return message;
        }

        if (ParseAsOf(figure.AsOf) is null)
        {
            yield return $"{id}.asOf: must be a year, month or day, e.g. \"2026\", \"2026-11\" or \"2026-11-30\"";
        }

        if (!Grades.Contains(figure.Grade))
        {
            yield return $"{id}.grade: must be one of {string.Join(", ", Grades)}";
        }
    }

    /// <summary>The last moment of the period an entry's "as of" names ("2026-11-30", "2026-05" or "2024"); null when it names none.</summary>
    public static DateTimeOffset? ParseAsOf(string asOf)
    {
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, Utc, out var day))
        {
            return day.AddDays(1);
        }

        if (DateTimeOffset.TryParseExact(asOf, "yyyy-MM", CultureInfo.InvariantCulture, Utc, out var month))
        {
            return month.AddMonths(1);
        }

        return DateTimeOffset.TryParseExact(asOf, "yyyy", CultureInfo.InvariantCulture, Utc, out var year) ? year.AddYears(1) : null;
    }

    private static IEnumerable<string> Text(string id, string field, string value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return $"{id}.{field}: must not be empty";
        }
        else if (value.Length > max)
        {
            yield return $"{id}.{field}: must be at most {max} characters";
        }
        else if (value.Any(char.IsControl))
        {
            yield return $"{id}.{field}: must be one line without control characters";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The schema's pattern, anchored at the very end: .NET's "$" would also accept a trailing line break.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionRegex();
}
