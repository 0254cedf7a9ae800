using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Cards;

public sealed class RecommendationCardsTests
{
    [Fact]
    public void Standalone_Recommendation_CardWithoutContextWithTheGivenButtons()
    {
        var recommendation = TestServices.Recommend(new ProjectConstraints { Need = Need.Knowledge, BudgetUsd = 40_000, DeadlineWeeks = 6 });
        CardAction[] share = [CardAction.Of(CardActionNames.Share, "Share")];

        var plain = RecommendationCards.Standalone(recommendation);
        var withShare = RecommendationCards.Standalone(recommendation, share);

        Assert.Null(plain.Context);
        Assert.Empty(plain.Actions);
        Assert.Equal(share, withShare.Actions);
        Assert.Equal(recommendation.Id, plain.RecommendationId);
        Assert.Equal(recommendation.Path, plain.Path);
        Assert.Equal("/r/" + recommendation.Id, plain.ReportPath);
        Assert.Equal(plain.Cost.Text, withShare.Cost.Text);
        Assert.Equal(plain.Why, withShare.Why);
    }
}
