using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// requestsPerDay: "10k requests/day", "1M queries per day", "5,000 tickets a day", "10k daily requests",
/// "200 requests per hour" (× 24), "50 QPS" (× 86 400), "daily volume of 20k". A count without a time unit
/// ("500 users") is not a volume and is ignored.
/// </summary>
internal static class VolumeRecogniser
{
    private const string Noun =
        @"(?:(?:new|daily|incoming|inbound|api|llm|model|user|customer|support|chat|search|unique)\s+)?(?:requests?|quer(?:y|ies)|calls?|messages?|conversations?|chats?|questions?|tickets?|e-?mails?|documents?|docs?|transactions?|inferences?|predictions?|lookups?|searches|interactions?|sessions?|completions?|prompts?|reviews?|claims?|invoices?|orders?|cases?|articles?|users?|visitors?|customers?|hits?|pages?|forms?|contracts?|reports?)";

    private const string PerUnit =
        @"(?<per>days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?|d|h|hr|s|wk|mo|yr)\b";

    private static readonly TriageRule[] Rules =
    [
        PerDay($$"""{{Approx}}{{Qty}}\+?\s*(?:{{Noun}}\s*)?(?:/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*{{PerUnit}}"""),
        PerDay($$"""{{Approx}}{{Qty}}\+?\s*{{Noun}} (?<per>daily|hourly|weekly|monthly)\b"""),
        PerDay($$"""{{Approx}}{{Qty}}\s*(?<per>daily|per{{Hy}}day|a day) {{Noun}}\b"""),
        PerDay($$"""\b{{Noun}}\s*(?:/|\bper\b|\ba\b)\s*{{PerUnit}}\s*[:=~≈]?\s*{{Approx}}{{Qty}}"""),
        PerDay($$"""{{Approx}}{{Qty}}\s*(?<rate>qps|rps|tps|rpm)\b"""),
        PerDay($$"""\b(?<per>daily|per{{Hy}}day) (?:volume|traffic|requests|queries|load|usage)(?: (?:of|is|around|about|roughly|at))*\s*[:~≈]?\s*{{Qty}}"""),
    ];

    /// <summary>Reads production volume into requestsPerDay.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule PerDay(string pattern) =>
        TriageRule.Number(ConstraintFields.RequestsPerDay, pattern, (match, count) => count * PerDayFactor(match));

    private static double PerDayFactor(Match match)
    {
        var rate = match.Groups["rate"].Value.ToLowerInvariant();
        if (rate.Length > 0)
        {
            return rate == "rpm" ? 1440 : 86_400;
        }

        var per = match.Groups["per"].Value.ToLowerInvariant();
        return per switch
        {
            _ when per.StartsWith('h') => 24,
            _ when per.StartsWith("mi", StringComparison.Ordinal) => 1440,
            _ when per.StartsWith('s') => 86_400,
            _ when per.StartsWith('w') => 1 / 7.0,
            _ when per.StartsWith("mo", StringComparison.Ordinal) => 12 / 365.25,
            _ when per.StartsWith('y') => 1 / 365.25,
            _ => 1,
        };
    }
}
