using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Lexicons;
using ModelStrategy.Core.Triage.Readers;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The deterministic quick-triage parser: free English text in, the constraints it states out, with the words each
/// came from. One pass finds every number with its multiplier, range and unit; readers then give each number to at
/// most one field by its unit and the words around it (latency, failure rate, corpus, budget, volume, deadline,
/// labelled examples, in that order), and word lexicons read the choices and levels (the most common first, so that a
/// text that exhausts the work budget still yields them). A field stated more than once
/// keeps its clearest mention (then the earliest); sensitivity, governance, control, novelty and expertise keep the
/// strictest. It never throws, ignores words it does not know, reads at most <see cref="MaxScannedLength"/>
/// characters, and stops within one time budget (<see cref="TriageBudget"/>).
/// </summary>
public static class TriageParser
{
    /// <summary>Longest prefix of the text that is read (the same limit as the HTTP API's text field).</summary>
    public const int MaxScannedLength = ConstraintsJsonReader.MaxTextLength;

    private static readonly Action<TriageScan>[] Stages =
    [
        LatencyReader.Read,
        ErrorRateReader.Read,
        CorpusReader.Read,
        MoneyReader.Read,
        VolumeReader.Read,
        DeadlineReader.Read,
        ExamplesReader.Read,
        NoExamplesLexicon.Read,
        TaskLexicon.Read,
        SensitivityLexicon.Read,
        GovernanceLexicon.Read,
        NoveltyLexicon.Read,
        NeedLexicon.Read,
        ExpertiseLexicon.Read,
        ChangeRateLexicon.Read,
        ControlLexicon.Read,
        BaselineLexicon.Read,
        scan => DataQualityLexicon.Read(scan, scan.LabelledSentences),
        RealTimeLexicon.Read,
    ];

    private const string WarmUpText =
        "quick: launch by end of Q3 or in 6 weeks, ~$40k budget, 300 labeled tickets (verified), customer PII, on-prem, "
        + "HIPAA, audit trail, 2 ML engineers, 10k requests/day, under 200ms, 50B tokens of text, prompting gets 80% right, "
        + "answers questions from our docs in strict JSON, docs change weekly, public models barely cover it, no lock-in";

    /// <summary>Builds every pattern and runs one parse without a budget, so that no real parse pays for start-up.</summary>
    static TriageParser()
    {
        foreach (var type in new[]
        {
            typeof(NoExamplesLexicon), typeof(SensitivityLexicon), typeof(GovernanceLexicon), typeof(ControlLexicon),
            typeof(NoveltyLexicon), typeof(NeedLexicon), typeof(ChangeRateLexicon), typeof(ExpertiseLexicon),
            typeof(BaselineLexicon), typeof(DataQualityLexicon), typeof(TaskLexicon), typeof(RealTimeLexicon),
        })
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        Run(WarmUpText, new DateOnly(2026, 1, 5), Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Parses <paramref name="text"/>. Unset fields stay null (they are defaulted later); useCase carries the
    /// cleaned text (at most 500 characters) whenever it is not blank. Calendar deadlines ("by March", "end of Q3",
    /// "this quarter") count from <paramref name="today"/>, and are not read without it.
    /// </summary>
    public static TriageResult Parse(string? text, DateOnly? today = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TriageResult(new ProjectConstraints(), []);
        }

        return Run(text, today, TriageBudget.Limit).Findings.ToResult(UseCaseText.From(text));
    }

    /// <summary>Runs every reader over <paramref name="text"/> within <paramref name="limit"/> and returns the finished scan.</summary>
    internal static TriageScan Run(string text, DateOnly? today, TimeSpan limit)
    {
        var scan = new TriageScan(text.Length > MaxScannedLength ? text[..MaxScannedLength] : text, today, limit);
        foreach (var stage in Stages)
        {
            if (scan.Budget.Spent)
            {
                break;
            }

            try
            {
                stage(scan);
            }
            catch (RegexMatchTimeoutException)
            {
                // A reader that runs out of time contributes nothing more; the others still run.
            }
#pragma warning disable CA1031 // Free text from chat must never break the dialog: a failing reader is skipped.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                // Skipped like a timeout; the corpus and property tests keep this path unused.
            }
        }

        return scan;
    }
}
