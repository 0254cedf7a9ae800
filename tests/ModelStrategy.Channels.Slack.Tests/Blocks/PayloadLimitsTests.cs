using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

[Trait("Category", "Contract")]
public sealed class PayloadLimitsTests
{
    [Theory]
    [MemberData(nameof(PayloadCorpus.Names), MemberType = typeof(PayloadCorpus))]
    public void Render_EveryCard_StaysWithinSlackLimits(string name)
    {
        var card = PayloadCorpus.Cards[name];

        var withLinks = LimitChecker.Message(Renderers.Create().Render(card));
        var withoutLinks = LimitChecker.Message(Renderers.Create(publicBaseUrl: null).Render(card));

        Assert.Equal([], withLinks);
        Assert.Equal([], withoutLinks);
    }

    [Fact]
    public void RenderModal_LongestMetadata_StaysWithinSlackLimits()
    {
        var view = ModalView.Render(new string('m', BlockKitLimits.PrivateMetadata));

        Assert.Equal([], LimitChecker.Modal(view));
    }

    [Fact]
    public void Corpus_CoversEveryCardKindAndSeveralPaths()
    {
        var kinds = PayloadCorpus.Cards.Values.Select(c => c.GetType()).ToHashSet();
        var cardTypes = typeof(ModelStrategy.Core.Cards.Card).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ModelStrategy.Core.Cards.Card)) && !t.IsAbstract);
        var paths = RecommendationSweep.Cards.Select(c => c.Path).Distinct().Count();

        Assert.All(cardTypes, t => Assert.Contains(t, kinds));
        Assert.True(paths >= 5, $"the sweep reached only {paths} chosen paths");
    }

    [Fact]
    public void Render_LargestRealRecommendation_StaysFarUnderTheMessageLimits()
    {
        var message = Renderers.Create().Render(CardSamples.Get<ModelStrategy.Core.Cards.RecommendationCard>("result-quick-large"));

        // A result that needs cutting would lose content: the real ones must fit whole, with room to spare.
        Assert.InRange(message.Blocks.Count, 1, 20);
        Assert.DoesNotContain(message.Blocks, b => b!.ToJsonString().Contains("left out", StringComparison.Ordinal));
    }
}
