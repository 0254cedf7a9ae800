using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Pricing;

/// <summary>One price that differs between two books, and which of its fields differ.</summary>
/// <param name="Id">The price's key.</param>
/// <param name="Before">In the first book.</param>
/// <param name="After">In the second.</param>
/// <param name="Fields">The fields that differ, in file order: name, value, low, high, source, asOf, grade.</param>
public sealed record PriceChange(string Id, Figure Before, Figure After, IReadOnlyList<string> Fields);

/// <summary>The prices that differ between two books.</summary>
public static class PriceChanges
{
    /// <summary>Every entry of <paramref name="after"/> that differs from the same entry of <paramref name="before"/>, in book order.</summary>
    public static IReadOnlyList<PriceChange> Between(PriceBook before, PriceBook after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<PriceChange>();
        foreach (var entry in after.Entries)
        {
            var old = before[entry.Id];
            var now = entry.Figure;
            string[] fields =
            [
                .. Differs("name", old.Name != now.Name), .. Differs("value", old.Value != now.Value), .. Differs("low", old.Low != now.Low),
                .. Differs("high", old.High != now.High), .. Differs("source", old.Source != now.Source), .. Differs("asOf", old.AsOf != now.AsOf),
                .. Differs("grade", old.Grade != now.Grade),
            ];
            if (fields.Length > 0)
            {
                changes.Add(new PriceChange(entry.Id, old, now, fields));
            }
        }

        return changes;
    }

    private static IEnumerable<string> Differs(string field, bool differs) => differs ? [field] : [];
}
