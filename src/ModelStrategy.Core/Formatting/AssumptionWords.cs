using System.Globalization;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Formatting;

/// <summary>
/// A constraint value as a noun phrase ("I assumed no labelled data"; "with about 2k labelled examples"),
/// from its field and wire value.
/// </summary>
internal static class AssumptionWords
{
    /// <summary>The value in plain words; the field's label and value when no phrase fits.</summary>
    public static string Of(string field, string value)
    {
        var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
        return (field, value) switch
        {
            (ConstraintFields.LabeledExamples, _) when number == 0 => "no labelled data",
            (ConstraintFields.LabeledExamples, _) => $"about {Display.Count(number)} labelled examples",
            (ConstraintFields.DomainCorpusTokens, _) when number == 0 => "no unlabelled domain text",
            (ConstraintFields.DomainCorpusTokens, _) => $"about {Display.Count(number)} tokens of domain text",
            (ConstraintFields.BudgetUsd, _) => $"a budget of {Display.Money(number)}",
            (ConstraintFields.DeadlineWeeks, _) => $"a launch in {Display.Duration(number)}",
            (ConstraintFields.LatencyP95Ms, _) => $"answers within {number.ToString("#,0", CultureInfo.InvariantCulture)} ms",
            (ConstraintFields.RequestsPerDay, _) => $"about {Display.Count(number)} requests a day",
            (ConstraintFields.Need, "knowledge") => "a knowledge gap (the model lacks your documents and facts)",
            (ConstraintFields.Need, "behavior") => "a behaviour gap (format, tone, schema)",
            (ConstraintFields.Need, "both") => "both a knowledge and a behaviour gap",
            (ConstraintFields.Need, "general") => "a good base model already doing the job",
            (ConstraintFields.Need, "domain-language") => "a domain language public models do not understand",
            (ConstraintFields.KnowledgeChange, "rarely") => "facts that rarely change",
            (ConstraintFields.KnowledgeChange, _) => $"facts that change {value}",
            (ConstraintFields.DataQuality, "clean") => "clean, reviewed labels",
            (ConstraintFields.DataQuality, "mixed") => "partly reviewed labels",
            (ConstraintFields.DataQuality, "noisy") => "noisy, unreviewed labels",
            (ConstraintFields.DataSensitivity, "public") => "public data",
            (ConstraintFields.DataSensitivity, "internal") => "internal data that a third-party API may process",
            (ConstraintFields.DataSensitivity, "confidential") => "confidential data (personal data or trade secrets) that no third-party API may process",
            (ConstraintFields.DataSensitivity, "sovereign") => "data that must stay on your own infrastructure",
            (ConstraintFields.MlExpertise, "none") => "no ML engineers",
            (ConstraintFields.MlExpertise, "basic") => "a team that can run standard ML tooling",
            (ConstraintFields.MlExpertise, "strong") => "an experienced ML team",
            (ConstraintFields.MlExpertise, "research") => "ML researchers on the team",
            (ConstraintFields.Baseline, "untried") => "no prompting or retrieval attempt yet",
            (ConstraintFields.Baseline, "close") => "a prompting or retrieval attempt that already gets close",
            (ConstraintFields.Baseline, "far") => "a prompting or retrieval attempt that falls far short",
            (ConstraintFields.Governance, _) => number switch
            {
                <= 0 => "no compliance requirements",
                1 => "light compliance",
                2 => "ordinary internal review",
                3 => "mandatory audits or compliance sign-off",
                4 => "a named regulation such as HIPAA or GDPR",
                _ => "strict regulation (medical devices, model-risk rules)",
            },
            (ConstraintFields.Control, _) => number switch
            {
                <= 1 => "no need to own the model",
                2 => "a mild preference to host the model yourselves",
                3 => "a preference for self-hosted open weights",
                4 => "no vendor lock-in",
                _ => "owning the model weights outright",
            },
            (ConstraintFields.DomainNovelty, _) => number switch
            {
                <= 1 => "a domain public models know well",
                2 => "some domain jargon",
                3 => "a specialised domain with heavy jargon",
                4 => "a domain public models barely cover",
                _ => "a domain unlike anything in public data",
            },
            _ => FieldDisplay.Pair(field, value),
        };
    }

    /// <summary>The value as a short button title ("About 2k labelled examples", "Confidential data").</summary>
    public static string Button(string field, string value)
    {
        var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
        return (field, value) switch
        {
            (ConstraintFields.Need, "knowledge") => "A knowledge gap",
            (ConstraintFields.Need, "behavior") => "A behaviour gap",
            (ConstraintFields.Need, "both") => "Both gaps",
            (ConstraintFields.Need, "general") => "A base model is enough",
            (ConstraintFields.Need, "domain-language") => "An unfamiliar domain language",
            (ConstraintFields.DataQuality, "clean") => "Clean labels",
            (ConstraintFields.DataQuality, "mixed") => "Partly reviewed labels",
            (ConstraintFields.DataQuality, "noisy") => "Noisy labels",
            (ConstraintFields.DataSensitivity, "public") => "Public data",
            (ConstraintFields.DataSensitivity, "internal") => "Internal data",
            (ConstraintFields.DataSensitivity, "confidential") => "Confidential data",
            (ConstraintFields.DataSensitivity, "sovereign") => "Data stays on our servers",
            (ConstraintFields.MlExpertise, "none") => "No ML engineers",
            (ConstraintFields.MlExpertise, "basic") => "Basic ML skills",
            (ConstraintFields.MlExpertise, "strong") => "An experienced ML team",
            (ConstraintFields.MlExpertise, "research") => "ML researchers",
            (ConstraintFields.Baseline, "untried") => "Nothing tried yet",
            (ConstraintFields.Baseline, "close") => "Prompting gets close",
            (ConstraintFields.Baseline, "far") => "Prompting falls short",
            (ConstraintFields.Governance, _) => number switch
            {
                <= 0 => "No compliance rules",
                1 => "Light compliance",
                2 => "Internal review",
                3 => "Mandatory audits",
                4 => "A named regulation",
                _ => "Strict regulation",
            },
            (ConstraintFields.Control, _) => number switch
            {
                <= 1 => "No need to own it",
                2 or 3 => "Prefer self-hosting",
                4 => "No vendor lock-in",
                _ => "Must own the weights",
            },
            (ConstraintFields.DomainNovelty, _) => number switch
            {
                <= 1 => "A well-known domain",
                2 => "Some jargon",
                3 => "Heavy jargon",
                4 => "Barely covered publicly",
                _ => "Unlike public data",
            },
            _ => Title(field, value),
        };
    }

    /// <summary><see cref="Of"/> with its first letter in capitals, for a button.</summary>
    private static string Title(string field, string value)
    {
        var words = Of(field, value);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
