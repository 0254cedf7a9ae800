namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>No Adaptive Card names a source by an internal number: users cannot know what "seed 001" is.</summary>
public sealed class WordingTests
{
    [Fact]
    public void Render_EveryResultAndSampleCard_NamesNoSeedByNumber()
    {
        var rendered = WordingSamples.Cards.Select(card => CardJson.Render(card).ToJsonString()).ToList();

        Assert.True(rendered.Count > 30, $"only {rendered.Count} cards");
        Assert.All(rendered, json => Assert.DoesNotMatch(WordingSamples.SeedNumber(), json));
    }

    [Fact]
    public void Render_EveryResultAndSampleCard_ShowsNoFieldByItsWireName()
    {
        var seen = WordingSamples.Cards.SelectMany(card => WordingSamples.VisibleText(CardJson.Render(card), "text", "title")
            .Select(text => (card.GetType().Name, text))).ToList();

        Assert.Contains(seen, s => s.text.StartsWith("Typical values used", StringComparison.Ordinal));
        Assert.All(seen, s => Assert.DoesNotMatch(WordingSamples.WireFieldName, s.text));
    }
}
