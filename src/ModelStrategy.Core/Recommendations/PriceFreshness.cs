using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Recommendations;

/// <summary>Prices drift monthly: flags price figures read more than 90 days ago (ESTIMATION-RESEARCH §5.6).</summary>
internal static class PriceFreshness
{
    public const int MaxAgeDays = 90;

    /// <summary>The "as of" of the oldest price older than <see cref="MaxAgeDays"/>, or null when all are fresh.</summary>
    public static string? OldestStalePrice(IEnumerable<Assumption> assumptions, DateTimeOffset now)
    {
        string? oldest = null;
        var oldestEnd = DateTimeOffset.MaxValue;
        foreach (var assumption in assumptions)
        {
            if (!assumption.Unit.StartsWith("USD", StringComparison.Ordinal) || EndOf(assumption.AsOf) is not { } end)
            {
                continue;
            }

            if ((now - end).TotalDays > MaxAgeDays && end < oldestEnd)
            {
                (oldest, oldestEnd) = (assumption.AsOf, end);
            }
        }

        return oldest;
    }

    /// <summary>The last moment of the period an "as of" names ("2026-11-30", "2026-05" or "2024"); null for "computed" and the like.</summary>
    internal static DateTimeOffset? EndOf(string asOf) => PriceRules.ParseAsOf(asOf);
}
