using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// labeledExamples: a count of items that carry the answer. The evidence is a label word on the items ("300 labeled
/// tickets", "~14k audited chart→code pairs", "8k messages labelled by our nurses", "600 docs with verified field
/// values", "18k tickets with the queue they were resolved in", "3,200 memos that partners signed off"), or one
/// before the count ("our lawyers have annotated 1,800 contracts", "labels exist (about 45k"). Raw items are not
/// examples ("2M tickets", "1,900 articles"), nor are people ("two lawyers"). "No labelled data yet" is 0
/// (<see cref="Lexicons.NoExamplesLexicon"/>).
/// </summary>
internal static class ExamplesReader
{
    /// <summary>Words that say items carry an answer or were checked by people.</summary>
    public static readonly HashSet<string> LabelWords =
    [
        "labelled", "labeled", "labled", "lableled", "annotated", "tagged", "coded", "graded", "verified", "validated",
        "approved", "reviewed", "adjudicated", "confirmed", "audited", "curated", "gold", "checked", "marked", "rated",
        "scored", "assigned", "keyed", "corrected", "exemplary", "transcribed", "classified", "categorised",
        "categorized", "qc'd", "double-checked", "hand",
    ];

    private static readonly HashSet<string> ExampleNouns =
        ["examples", "example", "pairs", "labels", "annotations", "samples", "demonstrations", "exemplars", "triples"];

    private static readonly HashSet<string> AnswerNouns =
    [
        "label", "labels", "queue", "queues", "category", "categories", "outcome", "outcomes", "root", "cause", "causes",
        "reason", "code", "codes", "grade", "grades", "answer", "answers", "replies", "reply", "recaps", "comments", "values",
        "summaries", "tags", "intents", "annotations", "decisions", "verdicts", "ratings", "scores", "resolution",
        "resolutions", "classifications", "corrections", "translations", "responses", "final", "dispositions",
        "determinations", "judgements", "judgments", "rulings", "assessments", "findings", "diagnoses", "reasons", "results",
    ];

    private static readonly HashSet<string> People =
    [
        "lawyers", "engineers", "people", "curators", "reviewers", "analysts", "coders", "annotators", "labelers",
        "labellers", "nurses", "agents", "associates", "staff", "employees", "doctors", "physicians", "clinicians", "devs",
        "developers", "scientists", "phds", "researchers", "adjusters", "technicians", "editors", "translators",
        "paralegals", "users", "customers", "members", "teams", "ml", "mles", "ds", "person", "experts", "radiologists",
        "teachers", "students", "graders", "temps", "contractors", "vendors", "auditors",
    ];

    /// <summary>"past RFP responses", "previous answers": answers written before, which are examples of the output.</summary>
    private static readonly HashSet<string> PriorWork = ["past", "previous", "prior", "historical", "existing", "good", "best", "model", "sample", "reference"];

    /// <summary>"600 past successful applications": items marked good, which are examples of the wanted output.</summary>
    private static readonly HashSet<string> Exemplary = ["successful", "winning", "accepted", "best", "exemplary", "award-winning", "top-rated"];

    private static readonly HashSet<string> GoodWords = ["good", "great", "excellent", "exemplary", "correct", "gold", "best", "right", "accurate"];

    private static readonly HashSet<string> Raw = ["unlabelled", "unlabeled", "raw", "unannotated", "unreviewed", "untagged"];

    private static readonly HashSet<string> NounStops =
    [
        "with", "w", "that", "which", "who", "from", "by", "for", "in", "on", "at", "where", "we", "our", "and", "but", "so",
        "or", "to", "of", "as", "is", "are", "was", "were", "have", "has", "had", "already", "all", "each", "every", "they",
        "it", "you", "i", "their", "his", "her", "its", "the", "a", "an", "than", "per", "across", "over", "into", "about",
        "mostly", "mainly", "largely", "partly", "partially", "some", "half", "most", "none", "plus", "including",
    ];

    /// <summary>Reads the labelled-example count.</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit != UnitKind.None || q.Money || q.Value < 0 || q.Value > int.MaxValue)
            {
                continue;
            }

            var (nounEnd, labelledNoun, people, raw) = NounPhrase(t, q.Last + 1);
            if (!labelledNoun && Referent(t, q) is var (from, to) && from >= 0)
            {
                scan.AddLabelledSentence(q.First);
                readings.Add(new NumberReading(index, Math.Round(q.Value), 2, t.Span(from, to)));
                continue;
            }

            if (people || raw || (q.Value < 10 && !labelledNoun) || (q.Value == 0 && !labelledNoun))
            {
                continue;
            }

            var end = labelledNoun ? nounEnd : Tail(t, nounEnd + 1);
            var start = end >= 0 ? q.First : Before(t, q.First);
            if (end >= 0 || start >= 0)
            {
                if (q.Value > 0)
                {
                    scan.AddLabelledSentence(q.First);
                }

                readings.Add(new NumberReading(index, Math.Round(q.Value), 2, t.Span(Math.Min(start < 0 ? q.First : start, q.First), Math.Max(end, nounEnd))));
            }
        }

        NumberReading.OfferBest(scan, ConstraintFields.LabeledExamples, readings);
    }

    /// <summary>The words right after the count: where they end, and whether they are labelled items, people or raw items.</summary>
    private static (int End, bool Labelled, bool People, bool Raw) NounPhrase(TokenText t, int i)
    {
        var end = i - 1;
        bool labelled = false, people = false, raw = false, prior = false;
        for (var words = 0; words < 6 && i < t.Count; i++)
        {
            var w = t.W(i);
            var joined = t.Joined(i) && t.W(i - 1) is "-" or "/" or "→" or ">";
            if (t.IsHardBoundary(i) || t.IsNumber(i) || w is "," or "(" or ")" or ":" || (NounStops.Contains(w) && !joined))
            {
                break;
            }

            if (t.IsWord(i))
            {
                words++;
                prior |= PriorWork.Contains(w);
                labelled |= Exemplary.Contains(w);
                labelled |= LabelWords.Contains(w) || ExampleNouns.Contains(w) || (w == "signed" && t.W(i + 1) == "off")
                    || (prior && w is "responses" or "replies" or "answers" or "drafts" or "translations" or "summaries");
                people |= words == 1 && People.Contains(w);
                raw |= Raw.Contains(w);
                end = i;
            }
        }

        return (end, labelled, people, raw);
    }

    /// <summary>
    /// "our past winning proposals (about 350 of them)": a count of the labelled items named just before it; the phrase's
    /// first and last token, or (-1, -1).
    /// </summary>
    private static (int From, int To) Referent(TokenText t, Quantity q)
    {
        if (t.W(q.Last + 1) != "of" || t.W(q.Last + 2) is not ("them" or "those" or "these"))
        {
            return (-1, -1);
        }

        var k = q.First - 1;
        while (k >= 0 && q.First - k < 4 && (t.W(k) is "(" or "~" or "-" or "," || Context.Hedges.Contains(t.W(k))))
        {
            k--;
        }

        var phraseEnd = k;
        var start = k + 1;
        while (k >= 0 && phraseEnd - k < 5 && t.IsWord(k) && !NounStops.Contains(t.W(k)))
        {
            start = k--;
        }

        if (start > phraseEnd)
        {
            return (-1, -1);
        }

        var (_, labelled, people, raw) = NounPhrase(t, start);
        return labelled && !people && !raw ? (start, q.Last + 2) : (-1, -1);
    }

    /// <summary>The rest of the clause after the items: a label word, or "with" and an answer ("with the queue"); its index or -1.</summary>
    private static int Tail(TokenText t, int i)
    {
        for (var k = i; k < t.Count && k - i < 12 && (!t.IsBoundary(k) || t.W(k) == ",") && !t.IsNumber(k); k++)
        {
            var w = t.W(k);
            if (LabelWords.Contains(w) || ExampleNouns.Contains(w) || (w is "signed" or "set" && t.W(k + 1) is "off" or "by")
                || (w is "consider" or "considered" or "deem" or "deemed" or "judge" or "judged" && Context.Ahead(t, k, 2, GoodWords) > 0))
            {
                return k;
            }

            if (w is "with" or "w" && Context.Ahead(t, k, 5, AnswerNouns, stopAtSoft: true) is >= 0 and var answer)
            {
                return answer;
            }

            if (w == ",")
            {
                if (t.W(k + 1) is "each" or "all" or "every" or "with" or "w" or "most" or "many")
                {
                    continue;
                }

                return -1;
            }

            if (w is "and" or "but" or "so" && !t.W(k + 1).EndsWith("ed", StringComparison.Ordinal) && t.W(k + 1) != "hand")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A label word shortly before the count ("have annotated 1,800", "labels exist (about 45k"); its index or -1.</summary>
    private static int Before(TokenText t, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 8 && !t.IsHardBoundary(k) && !t.IsNumber(k); k--)
        {
            if (LabelWords.Contains(t.W(k)) && t.W(k) != "hand" || ExampleNouns.Contains(t.W(k)) || t.W(k) is "annotations" or "gold")
            {
                return k;
            }
        }

        return -1;
    }
}
