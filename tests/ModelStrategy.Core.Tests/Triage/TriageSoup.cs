using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>Text made of triage-like fragments, numbers and odd separators, to stress the recognisers.</summary>
/// <param name="Text">The generated text.</param>
public sealed record TriageSoup(string Text)
{
    public override string ToString() => Text;
}

/// <summary>FsCheck generators for the triage properties.</summary>
public static class TriageArbitraries
{
    private static readonly string[] Fragments =
    [
        "$", "k", "M", "B", "budget", "of", "about", "~", "-", "to", "weeks", "months", "days", "year", "quarter",
        "launch in", "by end of", "ms", "s", "seconds", "under", "<", "sub-", "real-time", "requests", "per", "/day",
        "a day", "QPS", "tokens", "TB", "GB", "words of", "text", "labeled", "labelled", "examples", "tickets", "no",
        "%", "percent", "fails", "right", "accuracy", "error rate", "gets close", "far off", "PII", "HIPAA", "on-prem",
        "air-gapped", "public data", "JSON", "our docs", "change daily", "updated weekly", "no ML team", "researchers",
        "summarize", "classify", "chatbot", "agent", "noisy", "clean labels", "novel domain", "own the weights",
        "audit", "regulated", "1,000", "2,5", "0.", ".5", "1e9", "٣", "４０", "😀", "\uD800", "\u0000", "\t", "\n",
    ];

    /// <summary>Soups of 0–40 pieces joined by random separators.</summary>
    public static Arbitrary<TriageSoup> Soups()
    {
        var number = Gen.Choose(0, 2_000_000).Select(n => n.ToString(CultureInfo.InvariantCulture));
        var piece = Gen.Frequency((3, Gen.Elements(Fragments)), (1, number));
        var separator = Gen.Elements(" ", "", ", ", "; ", "\n", "-", " and ", "  ");
        var pair = Gen.Zip(piece, separator).Select(p => p.Item1 + p.Item2);
        return Gen.ListOf(pair).Resize(40).Select(pieces => new TriageSoup(string.Concat(pieces))).ToArbitrary();
    }
}
