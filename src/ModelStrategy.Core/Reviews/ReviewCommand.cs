using System.Globalization;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Reviews;

/// <summary>What a review command asks for.</summary>
internal enum ReviewCommandKind
{
    /// <summary>"Review later": offer the periods.</summary>
    Offer,

    /// <summary>"Review in 3 months": set a reminder.</summary>
    Schedule,

    /// <summary>"reminders": list this conversation's reminders.</summary>
    List,

    /// <summary>Cancel one reminder.</summary>
    Cancel,
}

/// <summary>
/// A review command, typed ("review in 3 months", "remind me in a year", "reminders") or clicked, with the
/// recommendation, period or reminder it names.
/// </summary>
internal sealed partial record ReviewCommand(ReviewCommandKind Kind, string? RecommendationId = null, int? Months = null, string? ReminderId = null)
{
    /// <summary>The review command <paramref name="input"/> carries; null for any other input.</summary>
    public static ReviewCommand? From(ConversationInput input) => input switch
    {
        TextMessageInput text when CommandParser.Parse(text.Text) is { } typed => Of(typed.Name, typed.Argument, null),
        CardActionInput click => Of(click.Action.Trim().ToLowerInvariant(), click.Values.GetValueOrDefault(CardActionNames.TextKey, string.Empty), click.Values),
        _ => null,
    };

    /// <summary>1, 3, 6 or 12 from "in 3 months", "me in a year", "6"; null when it names no period offered.</summary>
    public static int? ParseMonths(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Period().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["count"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            "three" => 3,
            "six" => 6,
            "twelve" => 12,
            var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
        };
        var months = match.Groups["unit"].Value.StartsWith('y') ? count * 12 : count;
        return ReviewOptions.Periods.Contains(months) ? months : null;
    }

    private static ReviewCommand? Of(string name, string argument, IReadOnlyDictionary<string, string>? values)
    {
        var id = values?.GetValueOrDefault(CardActionNames.RecommendationKey);
        return name switch
        {
            CardActionNames.ReviewLater => new(ReviewCommandKind.Offer, id),
            CardActionNames.Review => (values?.GetValueOrDefault(CardActionNames.MonthsKey) ?? argument) is var period && ParseMonths(period) is { } months
                ? new(ReviewCommandKind.Schedule, id, months)
                : new(ReviewCommandKind.Offer, id),
            CardActionNames.Reminders => new(ReviewCommandKind.List),
            CardActionNames.CancelReview => new(ReviewCommandKind.Cancel, ReminderId: values?.GetValueOrDefault(CardActionNames.ReminderKey)),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s*(?:me\s+)?(?:in\s+)?(?<count>\d{1,2}|an?|one|three|six|twelve)(?:\s*(?<unit>months?|mo|years?|yr))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Period();
}
