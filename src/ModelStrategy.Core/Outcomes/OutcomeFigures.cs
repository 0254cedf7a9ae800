using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Outcomes;

/// <summary>Weeks and cost as a team gives them, read and checked: the figures, or what is wrong in plain words.</summary>
/// <param name="Weeks">Weeks to launch, when valid.</param>
/// <param name="CostUsd">Cost in USD, when valid.</param>
/// <param name="Errors">What is missing or out of range; empty when both figures are valid.</param>
internal sealed partial record OutcomeFigures(double? Weeks, double? CostUsd, IReadOnlyList<string> Errors)
{
    /// <summary>The longest time to launch accepted: ten years.</summary>
    public const double MaxWeeks = 520;

    /// <summary>The largest cost accepted: a billion dollars.</summary>
    public const double MaxCostUsd = 1_000_000_000;

    /// <summary>Weeks in a month, for "3 months".</summary>
    private const double WeeksPerMonth = 52.0 / 12;

    /// <summary>The two answers of the form (either may be empty).</summary>
    public static OutcomeFigures Read(string? weeks, string? cost)
    {
        var errors = new List<string>();
        var w = string.IsNullOrWhiteSpace(weeks) ? Missing(errors, WeeksMissing) : ReadWeeks(weeks, errors);
        var c = string.IsNullOrWhiteSpace(cost) ? Missing(errors, CostMissing) : ReadCost(cost, errors);
        return new(w, c, errors);
    }

    /// <summary>One typed sentence, e.g. "10 weeks, $40k" or "took 3 months and cost about 120k".</summary>
    public static OutcomeFigures ReadSentence(string text)
    {
        var weeks = DurationWithUnit().Match(text);
        var rest = weeks.Success ? text.Remove(weeks.Index, weeks.Length) : text;
        var cost = Money().Match(rest);
        return Read(weeks.Success ? weeks.Value : null, cost.Success ? cost.Value : null);
    }

    /// <summary>A figure as the chat shows it: "10 weeks", "$40,000".</summary>
    public static string Describe(double weeks, double costUsd) =>
        string.Create(CultureInfo.InvariantCulture, $"about {weeks:0.#} week{(weeks == 1 ? string.Empty : "s")} and about ${costUsd:#,0}");

    private static double? ReadWeeks(string text, List<string> errors)
    {
        var match = Duration().Match(text.Trim());
        if (!match.Success || match.Length != text.Trim().Length || !TryNumber(match.Groups["n"].Value, out var n))
        {
            errors.Add($"Weeks: \"{Shown(text)}\" isn't a number of weeks. Type it like 10 or 10 weeks (or 3 months).");
            return null;
        }

        var weeks = match.Groups["unit"].Value.StartsWith('m') ? n * WeeksPerMonth : n;
        if (weeks is <= 0 or > MaxWeeks)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"Weeks: give a time between a few days and {MaxWeeks:0} weeks (ten years)."));
            return null;
        }

        return Math.Round(weeks, 1);
    }

    private static double? ReadCost(string text, List<string> errors)
    {
        var match = Money().Match(text.Trim());
        if (!match.Success || match.Length != text.Trim().Length || !TryNumber(match.Groups["n"].Value, out var n))
        {
            errors.Add($"Cost: \"{Shown(text)}\" isn't an amount. Type it in US dollars like 40000, $40k or 1.2M.");
            return null;
        }

        var cost = n * match.Groups["scale"].Value.ToLowerInvariant() switch { "k" => 1_000, "m" => 1_000_000, _ => 1 };
        if (cost is < 0 or > MaxCostUsd)
        {
            errors.Add("Cost: give an amount between $0 and $1 billion.");
            return null;
        }

        return Math.Round(cost);
    }

    private static double? Missing(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>The user's text, shortened, for an error message (plain text: channels escape it).</summary>
    private static string Shown(string text) => text.Trim() is { Length: > 40 } shown ? shown[..40] + "…" : text.Trim();

    private const string WeeksMissing = "Weeks: say about how many weeks it took to launch, e.g. 10.";

    private const string CostMissing = "Cost: say about what it cost in US dollars, e.g. 40k.";

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<unit>weeks?|wks?|w|months?|mo)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<unit>weeks?|wks?|months?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DurationWithUnit();

    [GeneratedRegex(@"(?:US\$|\$)?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<scale>k|m)?\b\s*(?:usd|dollars)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Money();
}
