using System.Text;

namespace ModelStrategy.Benchmarks.Triage;

/// <summary>
/// Inputs for the triage parser benchmarks: a realistic 600-character message (the normal case the issue sizes the
/// parser against) and 4,000-character adversarial texts (runs of spaces, newlines, digits, "1,000,", repeated
/// keywords, one long keyword sentence, and a mix). The parser must stay within five times the normal message on each.
/// </summary>
public static class TriageInputs
{
    /// <summary>The normal case: a 600-character planning message stating most fields.</summary>
    public const string Realistic =
        "Hi team, following up on Tuesday's planning call. We want a support assistant that answers customer questions "
        + "from our help-centre articles and policy docs; the articles change weekly. We get about 4,000 chats a day and "
        + "answers must come back in under 2 seconds. We have roughly 2,500 past tickets with approved answers that QA "
        + "double-reviewed, plus 3 years of raw transcripts. Customer data includes PII, so GDPR applies and nothing can "
        + "go to third-party APIs. Team: two ML engineers, no researchers. Budget is about $120k for the first year and "
        + "we'd like to launch by end of Q3. Our prompt prototype gets ~80% right.";

    /// <summary>The day the inputs are read (for calendar deadlines).</summary>
    public static readonly DateOnly ReadOn = new(2026, 3, 2);

    /// <summary>Input name → text.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["realistic-600"] = Realistic,
        ["spaces-4000"] = new string(' ', 4000),
        ["newlines-4000"] = new string('\n', 4000),
        ["digits-4000"] = new string('9', 4000),
        ["thousands-4000"] = Repeat("1,000,"),
        ["budget-keyword-4000"] = Repeat("budget of about "),
        ["negated-pii-4000"] = Repeat("no PII. "),
        ["labelled-counts-4000"] = Repeat("300 labelled tickets, "),
        ["keyword-soup-4000"] = Repeat("our docs on-prem HIPAA audit trail chatbot summarize classify agent no ML team nearly there "),
        ["short-sentences-4000"] = Repeat("x. "),
        ["mixed-4000"] = Repeat("$40k 1,000, \n  budget 6 weeks. 9999 no PII; by Q3 "),
    };

    private static string Repeat(string piece)
    {
        var text = new StringBuilder(4000);
        while (text.Length + piece.Length <= 4000)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
