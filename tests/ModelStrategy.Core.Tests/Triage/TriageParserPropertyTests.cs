using FsCheck.Xunit;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Tests.Triage;

public sealed class TriageParserPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Parse_ArbitraryString_NeverThrowsAndEveryPhraseOccursInText(string? text) =>
        Holds(text ?? string.Empty, TriageParser.Parse(text));

    [Property(MaxTest = 500, Arbitrary = [typeof(TriageArbitraries)])]
    public bool Parse_TriageLikeSoup_NeverThrowsAndEveryPhraseOccursInText(TriageSoup soup) =>
        Holds(soup.Text, TriageParser.Parse(soup.Text));

    [Property(MaxTest = 200, Arbitrary = [typeof(TriageArbitraries)])]
    public bool Parse_TriageLikeSoup_IsDeterministic(TriageSoup soup)
    {
        var first = TriageParser.Parse(soup.Text);
        var second = TriageParser.Parse(soup.Text);
        return first.Constraints == second.Constraints && first.Understood.SequenceEqual(second.Understood);
    }

    private static bool Holds(string text, TriageResult result) =>
        ConstraintsValidator.Validate(result.Constraints).Count == 0
        && result.Understood.All(item => item.Phrase.Length > 0 && text.Contains(item.Phrase, StringComparison.Ordinal))
        && result.Understood.Select(item => item.Field).Distinct().Count() == result.Understood.Count;
}
