using System.Text.Json;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>No Slack message names a source by an internal number: users cannot know what "seed 001" is.</summary>
public sealed class WordingTests
{
    [Fact]
    public void Render_EveryResultAndSampleCard_NamesNoSeedByNumber()
    {
        var renderer = Renderers.Create();

        var rendered = WordingSamples.Cards.Select(card => JsonSerializer.Serialize(renderer.Render(card))).ToList();

        Assert.True(rendered.Count > 30, $"only {rendered.Count} cards");
        Assert.All(rendered, json => Assert.DoesNotMatch(WordingSamples.SeedNumber(), json));
    }

    [Fact]
    public void Render_EveryResultAndSampleCard_ShowsNoFieldByItsWireName()
    {
        var renderer = Renderers.Create();

        var seen = WordingSamples.Cards.SelectMany(card => WordingSamples.VisibleText(JsonSerializer.SerializeToNode(renderer.Render(card)), "text")).ToList();

        Assert.Contains(seen, text => text.Contains("Typical values used", StringComparison.Ordinal));
        Assert.All(seen, text => Assert.DoesNotMatch(WordingSamples.WireFieldName, text));
    }
}
