using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// Turns the text of a matched quantity into a number: "2,000" → 2000, "1.2M" → 1 200 000, "40-60k" → 50 000
/// (a range gives its midpoint, and a multiplier on the second bound applies to a bare first bound).
/// </summary>
internal static class Quantity
{
    private static readonly Regex Part = TriagePatterns.Create(
        @"(?<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?<m>thousand|million|billion|trillion|k|mm|mn|m|bn|b|tn|t)\b)?");

    /// <summary>Parses one quantity or range; false when the text holds no usable number.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var parts = Part.Matches(text);
        if (parts.Count is 0 or > 2 || !TryPart(parts[0], out var first, out var firstMult))
        {
            return false;
        }

        if (parts.Count == 1)
        {
            value = first * firstMult;
            return double.IsFinite(value);
        }

        if (!TryPart(parts[1], out var second, out var secondMult))
        {
            return false;
        }

        var lowMult = parts[0].Groups["m"].Success ? firstMult : secondMult;
        value = ((first * lowMult) + (second * secondMult)) / 2;
        return double.IsFinite(value);
    }

    /// <summary>Small spelled-out counts used with durations: "two weeks", "a month", "half a year".</summary>
    public static bool TryWord(string text, out double value)
    {
        var words = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        value = words switch
        {
            "a" or "an" or "one" => 1,
            "half a" or "half an" => 0.5,
            "two" or "a couple of" or "a couple" => 2,
            "three" or "a few" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => double.NaN,
        };
        return !double.IsNaN(value);
    }

    private static bool TryPart(Match part, out double number, out double multiplier)
    {
        multiplier = part.Groups["m"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1e3,
            "m" or "mm" or "mn" or "million" => 1e6,
            "b" or "bn" or "billion" => 1e9,
            "t" or "tn" or "trillion" => 1e12,
            _ => 1,
        };
        var digits = part.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
