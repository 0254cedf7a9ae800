using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Cards;

public sealed class CompactRecommendationCardTests
{
    public static TheoryData<string> QuickTexts =>
    [
        "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k",
        "quick: support ticket classification for a regulated bank, 2000 labeled examples mostly clean, docs change weekly, confidential customer PII, must own the weights, heavily regulated, budget $2M, launch in 9 months, under 200 ms, strong ML team, tried RAG close but recurring errors, 5B tokens of domain text, very unusual domain",
        "quick: summarise contracts, no labels, budget 5k, launch in 2 weeks",
    ];

    [Theory]
    [MemberData(nameof(QuickTexts))]
    public void From_RealResult_TopIsShortAndDetailsKeepEverythingElse(string text)
    {
        var full = RecommendationCards.Standalone(TestServices.Service.RecommendFromText(text));

        var compact = CompactRecommendationCard.From(full);

        Assert.Equal((full.RecommendationId, full.Path, full.PathName, full.Confidence, full.ConfidenceLevel, full.ReportPath),
            (compact.RecommendationId, compact.Path, compact.PathName, compact.Confidence, compact.ConfidenceLevel, compact.ReportPath));
        Assert.InRange(compact.Why.Count, 2, CompactRecommendationCard.MaxReasons);
        Assert.Equal(full.Why.Take(CompactRecommendationCard.MaxReasons), compact.Why);
        Assert.InRange(compact.Pros.Count, 1, CompactRecommendationCard.MaxListed);
        Assert.InRange(compact.Cons.Count, 1, CompactRecommendationCard.MaxListed);
        Assert.Equal(full.Pros, compact.Pros.Concat(compact.Details.MorePros));
        Assert.Equal(full.Cons, compact.Cons.Concat(compact.Details.MoreCons));
        Assert.Equal(full.Decisive.Select(d => d.Text), compact.Decisive);
        Assert.Same(full.Cost, compact.Cost);
        Assert.Same(full.Timeline, compact.Timeline);
        Assert.Equal(full.Scores, compact.Details.Scores);
        Assert.Equal(full.Alternatives, compact.Details.Alternatives);
        Assert.Equal(full.WhatWouldChange, compact.Details.WhatWouldChange);
        Assert.Equal(full.Assumptions, compact.Details.Assumptions);
        Assert.Equal(full.Understood, compact.Details.Understood);
        Assert.Equal(full.Prices, compact.Details.Prices);
        Assert.Empty(compact.Actions);
        Assert.False(compact.Expanded);
    }

    [Fact]
    public void From_ManyConsAndPros_ShowsThreeOfEachOnTop()
    {
        var full = RecommendationCards.Standalone(TestServices.Recommend(new ProjectConstraints { Need = Need.Knowledge }));
        full = full with { Pros = ["p1", "p2", "p3", "p4"], Cons = ["c1", "c2", "c3", "c4", "c5"] };

        var compact = CompactRecommendationCard.From(full);

        Assert.Equal(["p1", "p2", "p3"], compact.Pros);
        Assert.Equal(["p4"], compact.Details.MorePros);
        Assert.Equal(["c1", "c2", "c3"], compact.Cons);
        Assert.Equal(["c4", "c5"], compact.Details.MoreCons);
    }

    [Fact]
    public void Compact_WithButtons_KeepsThemAndDropsTheDialogsOneClickAnswers()
    {
        var recommendation = TestServices.Service.RecommendFromText("quick: launch in 6 weeks, customer PII");
        CardAction[] share = [CardAction.Of(CardActionNames.Share, "Share")];

        var compact = RecommendationCards.Compact(recommendation, share);

        Assert.Equal(share, compact.Actions);
        Assert.Equal(recommendation.Id, compact.RecommendationId);
        Assert.Equal("/r/" + recommendation.Id, compact.ReportPath);
        Assert.NotEmpty(recommendation.Decisive);
        Assert.Equal(recommendation.Decisive.Take(ModelStrategy.Core.Recommendations.DecisiveAssumptions.MaxShown).Select(d => d.Line), compact.Decisive);
    }
}
