using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reviews;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Core.Tests.Reviews;

public sealed class ReviewReportTests
{
    private static readonly ProjectConstraints Extraction = new()
    {
        TaskType = TaskType.Extraction, Need = Need.Behavior, Baseline = Baseline.Close, BaselineErrorRatePct = 10, LabeledExamples = 5000,
        DataQuality = DataQuality.Clean, RequestsPerDay = 20_000, BudgetUsd = 60_000, DeadlineWeeks = 12, DataSensitivity = DataSensitivity.Confidential,
    };

    [Fact]
    public void Build_SameBook_SaysNothingMovedAndListsNoPrice()
    {
        var then = Recommend(PriceBook.BuiltIn);
        var now = Recommend(PriceBook.BuiltIn);

        var card = ReviewReport.Build(Reminder(then), now, null, []);

        Assert.False(card.Changed);
        Assert.Equal("Nothing that matters moved: the same path, and the cost and time to launch are in the same ranges.", card.Verdict);
        Assert.All(card.Changes, c => Assert.False(c.Changed));
        Assert.Empty(card.PriceChanges);
        Assert.Equal("Prices: book 2026-11 (as of 2026-11-22), as then", card.Prices);
    }

    [Fact]
    public void Build_RenamedDearerLabour_FollowsTheEntryAcrossTheRenameAndShowsThePathAndCostMove()
    {
        var zurich = PriceBook.BuiltIn.Overlay("2026-12-zurich", new DateOnly(2026, 12, 1), new Dictionary<string, Figure>
        {
            [PriceIds.Engineer] = new("Loaded cost per engineer-week (Zurich)", 9000, 7500, 11000, "USD/FTE-week", "our finance team", "2026-12", "A"),
            [PriceIds.Researcher] = new("Loaded cost per ML-researcher-week (Zurich)", 14000, 12000, 17000, "USD/FTE-week", "our finance team", "2026-12", "A"),
        });
        var then = Recommend(PriceBook.BuiltIn);
        var now = Recommend(zurich);

        var card = ReviewReport.Build(Reminder(then), now, null, []);

        Assert.True(card.Changed);
        Assert.Equal(new ReviewChange("Path", then.PathName, now.PathName, then.Path != now.Path), card.Changes[0]);
        Assert.NotEqual(then.Path, now.Path);
        Assert.StartsWith($"The answer changed: {now.PathName} now fits better than {then.PathName}.", card.Verdict, StringComparison.Ordinal);
        Assert.Equal("Loaded cost per engineer-week (Zurich): 4,000 → 9,000 USD/FTE-week (our finance team, as of 2026-12)", card.PriceChanges[0]);
        Assert.DoesNotContain(card.PriceChanges, p => p.Contains("no longer", StringComparison.Ordinal) || p.StartsWith("Loaded cost per engineer-week:", StringComparison.Ordinal));
        Assert.Equal("Prices: book 2026-11 (as of 2026-11-22) then, book 2026-12-zurich (as of 2026-12-01) now", card.Prices);
    }

    [Fact]
    public void Build_ManyChangedFigures_ListsTheBiggestChangesFirstAndCountsTheRest()
    {
        var then = Recommend(PriceBook.BuiltIn);
        var reminder = Reminder(then) with
        {
            Baseline = ReviewBaseline.Of(then) with { Figures = [.. ReviewFigure.Of(then.Assumptions).Select((f, i) => f with { Value = f.Value * (1 + (i + 1) / 100.0) })] },
        };
        var changed = reminder.Baseline.Figures.Count;

        var card = ReviewReport.Build(reminder, Recommend(PriceBook.BuiltIn), null, []);

        Assert.True(changed > ReviewReport.MaxPriceLines, $"{changed} figures");
        Assert.Equal(ReviewReport.MaxPriceLines, card.PriceChanges.Count);
        Assert.Equal($"… and {changed - ReviewReport.MaxPriceLines + 1} more in the full report.", card.PriceChanges[^1]);
        Assert.StartsWith(reminder.Baseline.Figures[^1].Name + ":", card.PriceChanges[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3.9, "under 4 weeks")]
    [InlineData(4, "4–8 weeks")]
    [InlineData(12.9, "2–3 months")]
    [InlineData(30, "6–12 months")]
    [InlineData(200, "2 years or more")]
    public void TimelineBands_Of_NamesTheBand(double weeks, string band) => Assert.Equal(band, TimelineBands.Of(weeks));

    private static Recommendation Recommend(PriceBook book) =>
        new RecommendationService(TimeProvider.System, new FixedPrices(book)).Recommend(Extraction);

    internal static ReviewReminder Reminder(Recommendation then) => new()
    {
        Id = "rmndr2345678", ConversationKey = "teams|t|personal|u", Address = "{}", Months = 3,
        SetAt = then.CreatedAt, DueAt = then.CreatedAt.AddMonths(3), SetByName = "Ana",
        Baseline = ReviewBaseline.Of(then), Constraints = Extraction,
    };

    private sealed class FixedPrices(PriceBook book) : IPriceBookSource
    {
        public PriceBook Current => book;
    }
}
