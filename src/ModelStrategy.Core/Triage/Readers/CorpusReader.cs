using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// domainCorpusTokens: tokens as stated ("~3bn tokens of lab notebooks", "≈ 2bn tokens"); words × 4/3 ("400M words
/// of text", "30 billion words"); bytes of text ÷ 4 ("60 GB of log text", "5 GB of pathology report text", "a
/// corpus of 40GB"; 1 GB = 10^9 bytes). Not a corpus: sizes of images or of "data" of unstated kind, token counts of
/// a context window or a prompt ("32k-token context window", "8k tokens of context"), prices per token.
/// </summary>
internal static class CorpusReader
{
    /// <summary>Tokens per byte of text.</summary>
    public const double TokensPerByte = 0.25;

    /// <summary>Tokens per English word.</summary>
    public const double TokensPerWord = 4 / 3.0;

    private static readonly HashSet<string> TextNouns =
    [
        "text", "texts", "documents", "docs", "documentation", "corpus", "logs", "log", "emails", "e-mails", "transcripts",
        "code", "notes", "reports", "filings", "papers", "articles", "books", "tickets", "messages", "chats", "manuals",
        "contracts", "content", "writing", "prose", "notebooks", "memos", "records", "pdfs", "programs", "source", "wiki",
        "pages", "case", "law", "literature", "publications", "correspondence", "conversations",
    ];

    private static readonly HashSet<string> PromptWords =
        ["context", "window", "prompt", "prompts", "input", "inputs", "output", "outputs", "limit", "per", "each", "max", "response", "responses"];

    /// <summary>Reads the size of the unlabelled domain corpus.</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            var tokens = q.Unit switch
            {
                UnitKind.Tokens when !IsPromptSize(t, q) => q.Value,
                UnitKind.Words when (q.Value >= 1e6 || OfText(t, q.Last + 1)) && !PerPeriod(t, q.Last + 1) => q.Value * TokensPerWord,
                UnitKind.Bytes when OfText(t, q.Last + 1) || CorpusBefore(t, q.First) => q.Value * q.Scale * TokensPerByte,
                _ => -1,
            };
            if (tokens >= 0)
            {
                readings.Add(new NumberReading(index, tokens, 2, t.Span(q.First, OfTextEnd(t, q.Last + 1) ?? q.Last)));
            }
        }

        NumberReading.OfferBest(scan, ConstraintFields.DomainCorpusTokens, readings);
    }

    /// <summary>"2M words a year": a workload, not a corpus.</summary>
    private static bool PerPeriod(TokenText t, int i) =>
        (t.W(i) is "a" or "an" or "per" or "/" or "each" or "every" && Numbers.Units.TryPerDay(t.W(i + 1), out _))
        || t.W(i) is "daily" or "weekly" or "monthly" or "yearly" or "annually";

    private static bool IsPromptSize(TokenText t, Quantity q) =>
        PromptWords.Contains(t.W(Context.PreviousWord(t, q.First))) || PromptWords.Contains(t.W(q.Last + 1))
        || (t.W(q.Last + 1) is "of" or "in" && PromptWords.Contains(t.W(q.Last + 2)))
        || (q.Compound && t.IsWord(q.Last + 1) && t.W(q.Last + 1) is not ("corpus" or "dataset" or "archive" or "collection" or "corpora"));

    /// <summary>The last token of "of [words] text" after a size ("of domain text"), or null.</summary>
    private static int? OfTextEnd(TokenText t, int i)
    {
        if (t.W(i) != "of")
        {
            return null;
        }

        for (var k = i + 1; k <= i + 5 && k < t.Count && !t.IsBoundary(k); k++)
        {
            if (TextNouns.Contains(t.W(k)) || t.W(k) is "data" or "material")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>"of [up to four words] text", "of historical log text", "of de-identified nursing notes".</summary>
    private static bool OfText(TokenText t, int i)
    {
        if (t.W(i) != "of")
        {
            return false;
        }

        for (var k = i + 1; k <= i + 5 && k < t.Count && !t.IsBoundary(k); k++)
        {
            if (TextNouns.Contains(t.W(k)))
            {
                return true;
            }

            if (t.W(k) is "data" or "images" or "audio" or "video" or "them" or "it" or "photos" or "scans")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> CorpusWords = ["corpus", "text"];

    private static bool CorpusBefore(TokenText t, int first) =>
        Context.Back(t, first, 5, CorpusWords) >= 0 || t.W(first + 1) is "corpus" or "archive" || t.W(first + 2) is "corpus" or "archive" || t.W(first + 3) == "corpus";
}
