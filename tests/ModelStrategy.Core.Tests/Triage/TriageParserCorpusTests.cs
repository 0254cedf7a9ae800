using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Tests.Triage;

public sealed class TriageParserCorpusTests
{
    [Theory]
    [MemberData(nameof(TriageCorpus.All), MemberType = typeof(TriageCorpus))]
    public void Parse_CorpusPhrasing_SetsExactlyTheExpectedFields(string text, string expected)
    {
        var result = TriageParser.Parse(text);

        var actual = TriageExpectation.Fields(result.Constraints);
        Assert.Equal(TriageExpectation.Render(TriageExpectation.Parse(expected)), TriageExpectation.Render(actual));
    }

    [Theory]
    [MemberData(nameof(TriageCorpus.All), MemberType = typeof(TriageCorpus))]
    public void Parse_CorpusPhrasing_ReportsOneUnderstoodItemPerSetFieldWithPhraseFromText(string text, string expected)
    {
        var result = TriageParser.Parse(text);

        var fields = TriageExpectation.Fields(result.Constraints);
        Assert.Equal(fields.Keys, result.Understood.Select(item => item.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Understood, item =>
        {
            Assert.Contains(item.Phrase, text, StringComparison.Ordinal);
            Assert.NotEqual(string.Empty, item.Phrase);
            Assert.Equal(fields[item.Field], item.Value);
        });
        Assert.Equal(TriageExpectation.Parse(expected).Count, result.Understood.Count);
    }

    [Theory]
    [MemberData(nameof(TriageCorpus.All), MemberType = typeof(TriageCorpus))]
    public void Parse_CorpusPhrasing_ResultPassesValidation(string text, string expected)
    {
        var result = TriageParser.Parse(text);

        Assert.Empty(ConstraintsValidator.Validate(result.Constraints));
        Assert.NotNull(expected);
    }

    [Fact]
    public void Corpus_Size_HasAtLeastEightyDistinctPhrasings()
    {
        var texts = TriageCorpus.Cases().Select(c => c.Text).ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.True(texts.Count >= 80, $"only {texts.Count} phrasings");
    }

    [Fact]
    public void Parse_ProductExample_ReportsPhrasesInTextOrder()
    {
        var result = TriageParser.Parse("quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k");

        Assert.Equal(
            ["launch in 6 weeks", "300 labeled tickets", "customer PII", "budget 40k"],
            result.Understood.Select(item => item.Phrase));
        Assert.Equal("launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k", result.Constraints.UseCase);
    }
}
