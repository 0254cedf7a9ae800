using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage.Recognisers;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The deterministic quick-triage parser: free English text in, the constraints it states out, with the words each
/// came from. It never throws, ignores words it does not know and reads at most <see cref="MaxScannedLength"/>
/// characters. Numbers are read in a fixed order (latency, money, volume, how fast facts change, deadline, corpus,
/// failure rate, labelled examples) and each number feeds at most one field, so "$40k" is never 40k examples and
/// "200ms" never a count. When a field is mentioned twice, the first clear mention wins: a mention next to its
/// context word ("launch in 6 weeks") before a bare one ("6 weeks"), then the earlier one in the text.
/// Sensitivity, governance, control and domain novelty instead keep the strictest mention.
/// </summary>
public static class TriageParser
{
    /// <summary>Longest prefix of the text that is read (the same limit as the HTTP API's text field).</summary>
    public const int MaxScannedLength = ConstraintsJsonReader.MaxTextLength;

    private static readonly Action<TriageScan>[] Recognisers =
    [
        LatencyRecogniser.Recognise,
        MoneyRecogniser.Recognise,
        VolumeRecogniser.Recognise,
        ChangeRateRecogniser.Recognise,
        DeadlineRecogniser.Recognise,
        CorpusRecogniser.Recognise,
        BaselineRecogniser.Recognise,
        ErrorRateRecogniser.Recognise,
        ExamplesRecogniser.Recognise,
        SensitivityRecogniser.Recognise,
        GovernanceRecogniser.Recognise,
        ControlRecogniser.Recognise,
        NeedRecogniser.Recognise,
        TaskRecogniser.Recognise,
        ExpertiseRecogniser.Recognise,
        DataQualityRecogniser.Recognise,
    ];

    /// <summary>
    /// Parses <paramref name="text"/>. Unset fields stay null (they are defaulted later); useCase carries the
    /// cleaned text (at most 500 characters) whenever it is not blank. Calendar deadlines ("by March", "end of Q3",
    /// "next week") count from <paramref name="today"/>, and are not read without it.
    /// </summary>
    public static TriageResult Parse(string? text, DateOnly? today = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TriageResult(new ProjectConstraints(), []);
        }

        var useCase = UseCaseText.From(text);
        var scan = new TriageScan(text.Length > MaxScannedLength ? text[..MaxScannedLength] : text, today);
        foreach (var recognise in Recognisers)
        {
            try
            {
                recognise(scan);
            }
            catch (RegexMatchTimeoutException)
            {
                // A recogniser that runs out of time contributes nothing more; the others still run.
            }
#pragma warning disable CA1031 // Free text from chat must never break the dialog: a failing recogniser is skipped.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                // Skipped like a timeout; the corpus and property tests keep this path unused.
            }
        }

        return scan.Findings.ToResult(useCase);
    }
}
