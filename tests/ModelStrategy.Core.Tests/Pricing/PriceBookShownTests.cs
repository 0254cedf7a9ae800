using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Pricing;

/// <summary>Every card about a recommendation, and its Markdown report, names the price book it was computed with.</summary>
public sealed class PriceBookShownTests
{
    private const string Line = "Prices: book test-scaled (as of 2026-12-01)";

    private static readonly Recommendation Priced =
        new RecommendationService(TimeProvider.System, new FixedPrices(TestBooks.Scaled((PriceIds.Engineer, 1.5)))).Recommend(TypicalProjects.All[1].Constraints);

    [Fact]
    public void Cards_ARecommendation_ShowTheBookVersionAndAsOfDate()
    {
        Assert.Equal(Line, RecommendationCards.Standalone(Priced).Prices);
        Assert.Equal(Line, RecommendationCardBuilder.Comparison(Priced).Prices);
        Assert.Equal(Line, RecommendationCardBuilder.AssumptionsOnly(Priced).Prices);
    }

    [Fact]
    public void Cards_ARecommendationStoredBeforeBooks_ShowNoPriceLine()
    {
        var old = Priced with { Prices = null };

        Assert.Null(RecommendationCards.Standalone(old).Prices);
        Assert.Null(RecommendationCardBuilder.Comparison(old).Prices);
        Assert.DoesNotContain("**Prices:**", ReportMarkdown.Render(old), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ARecommendation_NamesTheBookBesideTheCost()
    {
        var markdown = ReportMarkdown.Render(Priced);

        Assert.Contains("**Prices:** book test-scaled (as of 2026-12-01)  \n", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("**Prices:**", StringComparison.Ordinal) < markdown.IndexOf("## ", StringComparison.Ordinal), "in the summary at the top");
    }
}
