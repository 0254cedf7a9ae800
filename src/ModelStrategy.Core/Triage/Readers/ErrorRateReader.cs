using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage.Readers;

/// <summary>
/// baselineErrorRatePct, from a measured share and the word that says whether it is right or wrong, looked for after
/// the share and then before it: "gets about 62% right" (38), "fails ~30% of the time" (30), "marketing rejected ~35%
/// of drafts", "about 7 in 10 call intents right" (30), "roughly 1 in 5 letters" after "drops" (20), "412 of 500 test
/// questions correctly" (17.6), "about a third of emails" after "mis-extracts", "two thirds of the drafts unusable".
/// A target is not a measurement ("target 90%", "goal: 95%", "customers want 95%+", "≥93%"). The rate also sets
/// baseline (≤ 25 % close, else far) unless words said otherwise.
/// </summary>
internal static class ErrorRateReader
{
    /// <summary>Highest failure rate still counted as a close baseline.</summary>
    public const double CloseMaxErrorPct = 25;

    /// <summary>Rank of a baseline set from a rate (words outrank it).</summary>
    public const int RateRank = 1;

    private static readonly HashSet<string> Right =
    [
        "right", "correct", "correctly", "accurate", "accurately", "accuracy", "accepted", "acceptable", "match", "matches",
        "agreement", "valid", "success", "successful", "succeeds", "pass", "passes", "passed", "well", "usable", "hit",
        "hits", "gets", "got", "reached", "reaches", "scored", "scores", "achieves", "achieved", "precision", "recall", "works",
        "worked", "succeed", "solved", "handled", "good", "helpful", "useful", "relevant", "satisfactory", "faithful",
        "agrees", "agree", "agreed", "aligns", "concurs",
    ];

    private static readonly HashSet<string> Wrong =
    [
        "wrong", "incorrect", "incorrectly", "miss", "misses", "missed", "missing", "fail", "fails", "failed", "failing",
        "failure", "failures", "error", "errors", "erroneous", "rejected", "rejects", "unusable", "hallucinates",
        "hallucinate", "hallucinated", "hallucination", "hallucinations", "mis", "misclassified", "misclassifies", "drops",
        "breaks", "broken", "bad", "needing", "need", "needs", "required", "requiring", "garbage", "invents", "ignores",
        "ignored", "ignoring", "violates", "violated", "skips", "skipped", "forgets", "forgot", "truncates", "garbles", "confuses",
        "mislabels", "misroutes", "misses", "unhelpful", "irrelevant", "invented", "inaccurate", "mistakes", "useless",
    ];

    private static readonly HashSet<string> Target =
    [
        "target", "targets", "goal", "goals", "aim", "aiming", "want", "wants", "need", "needs", "require", "requires",
        "required", "requirement", "must", "should", "acceptance", "sla", "kpi", "≥", ">=", ">", "least", "metric",
        "expect", "expects", "expected", "hope", "hoping", "aspire", "aspirational", "stretch", "minimum", "min", "eventually",
        "ideally", "would", "we'd", "i'd", "we’d", "i’d",
    ];

    private static readonly HashSet<string> TargetAfter = ["target", "goal", "aspirational", "stretch", "eventually", "ideally", "minimum"];

    /// <summary>Reads a measured failure rate (and baseline from it).</summary>
    public static void Read(TriageScan scan)
    {
        var t = scan.Tokens;
        var readings = new List<NumberReading>();
        foreach (var (index, q) in scan.Free())
        {
            if (q.Unit == UnitKind.Percent && q.Value is >= 0 and <= 100)
            {
                Add(t, readings, index, q.First, q.Last, q.Value);
            }
            else if (q.Unit == UnitKind.None && !q.Money && TryFraction(t, q, out var share, out var last))
            {
                Add(t, readings, index, q.First, last, share * 100);
            }
            else if (q.Unit == UnitKind.None && !q.Money && !q.Range && q.Value is > 0 and < 1 && Context.Back(t, q.First, 12, Accuracy) is >= 0 and var word)
            {
                Add(t, readings, index, q.First, q.Last, q.Value * 100, word);
            }
        }

        Thirds(t, readings);
        if (NumberReading.OfferBest(scan, ConstraintFields.BaselineErrorRatePct, readings) is { } rate)
        {
            scan.Findings.Choice(rate.Value <= CloseMaxErrorPct ? Baseline.Close : Baseline.Far, RateRank, rate.Phrase);
        }
    }

    private static void Add(TokenText t, List<NumberReading> readings, int index, int first, int last, double share, int rightWord = -1)
    {
        if (NotAModel(t, first))
        {
            return;
        }

        if (Context.Back(t, first, 7, Target, stopAtSoft: true) >= 0 || t.W(last + 1) == "+"
            || Context.Ahead(t, last, 3, TargetAfter) >= 0)
        {
            return;
        }

        var after = Context.Ahead(t, last, 8, Polar, stopAtSoft: true);
        var before = Context.Back(t, first, 7, Polar, stopAtSoft: true);
        var cue = after >= 0 && !IsSoftRight(t, after, before) ? after : before >= 0 ? before : rightWord;
        if (cue < 0)
        {
            return;
        }

        var wrong = Wrong.Contains(t.W(cue)) && !(t.W(cue) is "needing" or "need" or "needs" or "required" or "requiring" && !Edits(t, cue));
        var error = wrong ? share : 100 - share;
        var span = cue < first ? t.Span(cue, last) : t.Span(first, cue);
        readings.Add(new NumberReading(index, Math.Round(error, 2), 2, span));
    }

    private static readonly HashSet<string> Polar = [.. Right, .. Wrong];

    /// <summary>"accuracy of 0.8": a share written as a fraction after an accuracy word.</summary>
    private static readonly HashSet<string> Accuracy = ["accuracy", "accurate", "precision", "correct", "success"];

    private static readonly HashSet<string> OtherMethods =
        ["rules", "rule-based", "regex", "regexes", "keyword", "keywords", "textract", "ocr", "heuristic", "heuristics", "humans", "manual", "manually", "staff", "containment"];

    private static readonly HashSet<string> ModelWords =
        ["prompt", "prompts", "prompting", "llm", "llms", "gpt", "rag", "model", "claude", "llama", "ai", "chatgpt", "zero-shot", "few-shot", "prototype", "bot", "chatbot", "assistant", "pilot", "baseline"];

    /// <summary>"textract + rules, accuracy ~85%": a measurement of something other than a prompting or RAG attempt.</summary>
    private static bool NotAModel(TokenText t, int first) =>
        Context.Back(t, first, 14, OtherMethods) >= 0 && Context.Back(t, first, 60, ModelWords) < 0;

    /// <summary>A verb of scoring after the share ("gets") says less than a failure word before it.</summary>
    private static bool IsSoftRight(TokenText t, int after, int before) =>
        t.W(after) is "hit" or "gets" or "got" or "scored" && before >= 0;

    private static bool Edits(TokenText t, int at) => Context.Ahead(t, at, 3, EditWords) >= 0;

    private static readonly HashSet<string> EditWords =
        ["edits", "edit", "editing", "rework", "fixes", "fixing", "fix", "changes", "corrections", "correcting", "rewrites", "rewriting", "intervention"];

    /// <summary>"7 in 10", "1 in 5", "four in five", "412 of 500".</summary>
    private static bool TryFraction(TokenText t, Quantity q, out double share, out int last)
    {
        share = 0;
        last = q.Last;
        var after = q.Last + 1;
        if (t.IsWord(after) && t.W(after + 1) == "in" && t.W(after) is not ("in" or "of" or "out"))
        {
            after++;
        }

        var joiner = t.W(after);
        if (joiner is not ("in" or "of" or "out") || q.Range)
        {
            return false;
        }

        var at = joiner == "out" && t.W(after + 1) == "of" ? after + 2 : after + 1;
        at += t.W(at) == "every" ? 1 : 0;
        double whole;
        int next;
        if (t.IsNumber(at) && double.TryParse(t.W(at).Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out whole))
        {
            next = at + 1;
        }
        else if (!NumberWords.TryRead(t, at, false, out whole, out next))
        {
            return false;
        }

        if (whole <= 0 || q.Value > whole || (joiner == "in" && whole > 1000))
        {
            return false;
        }

        share = q.Value / whole;
        last = next - 1;
        return true;
    }

    /// <summary>"a third", "one third", "two thirds", "half" of something, with a right or wrong word.</summary>
    private static void Thirds(TokenText t, List<NumberReading> readings)
    {
        for (var i = 1; i < t.Count; i++)
        {
            var w = t.W(i);
            if (w == "half" && (t.W(i + 1) == "of" || (t.W(i + 1) == "the" && t.W(i + 2) == "time")))
            {
                Add(t, readings, -1, i, t.W(i + 1) == "the" ? i + 2 : i, 50);
                continue;
            }

            if (w is not ("third" or "thirds" or "quarter" or "quarters") || t.W(i + 1) != "of")
            {
                continue;
            }

            var count = t.W(i - 1) switch { "a" or "one" => 1.0, "two" => 2, "three" => 3, _ => 0 };
            var share = count / (w.StartsWith('t') ? 3 : 4);
            if (share > 0)
            {
                Add(t, readings, -1, i - 1, i, share * 100);
            }
        }
    }
}
