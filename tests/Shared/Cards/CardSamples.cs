using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>
/// One of every card kind (and the variants that render differently), produced by the real conversation engine. Each
/// test project supplies <see cref="Ids"/> (its channel's spelling of the conversation ids).
/// </summary>
internal static partial class CardSamples
{
    public const string QuickText = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    public const string LargeQuickText = "quick: support ticket classification for a regulated bank, 2000 labeled examples mostly clean, "
        + "docs change weekly, confidential customer PII, must own the weights, heavily regulated, budget $2M, launch in 9 months, "
        + "under 200 ms, strong ML team, tried RAG close but recurring errors, 5B tokens of domain text, very unusual domain";

    private static readonly Lazy<IReadOnlyDictionary<string, Card>> All = new(() => BuildAsync().GetAwaiter().GetResult());

    public static IReadOnlyDictionary<string, Card> Cards => All.Value;

    /// <summary>A new dialog in this channel's spelling of the ids, for <paramref name="user"/> shown as <paramref name="displayName"/>.</summary>
    public static CardDialog Dialog(string user, string displayName) => new(Ids, user, displayName);

    public static TheoryData<string> Names => [.. Cards.Keys];

    public static T Get<T>(string name) where T : Card => Assert.IsType<T>(Cards[name]);

    /// <summary>The channel, tenant and user ids the sample dialogs run under.</summary>
    private static partial DialogIds Ids { get; }

    private static async Task<IReadOnlyDictionary<string, Card>> BuildAsync()
    {
        var cards = new Dictionary<string, Card>();
        var dialog = new CardDialog(Ids);
        cards["question-first"] = await dialog.SayAsync("start");
        cards["question-second"] = await dialog.ClickAsync(CardActionNames.Answer, new Dictionary<string, string> { ["need"] = "knowledge" });
        cards["question-notice"] = await dialog.SayAsync("blue elephants on tuesday");
        while (dialog.Live is QuestionCard { Inputs.Count: 1 })
        {
            await dialog.AnswerFirstChoicesAsync();
        }

        cards["question-two-inputs"] = Assert.IsType<QuestionCard>(dialog.Live);
        while (dialog.Live is QuestionCard)
        {
            await dialog.AnswerFirstChoicesAsync();
        }

        var result = Assert.IsType<RecommendationCard>(dialog.Live);
        cards["result-guided"] = result;
        foreach (var name in new[] { CardActionNames.Compare, CardActionNames.Assumptions, CardActionNames.Share })
        {
            cards[name] = await dialog.ClickAsync(name, result.Actions.Single(a => a.Name == name).Values);
        }

        cards["adjust-picker"] = await dialog.ClickAsync(CardActionNames.Adjust);
        cards["adjust-field"] = await dialog.ClickAsync(CardActionNames.Adjust, new Dictionary<string, string> { [CardActionNames.FieldKey] = "budgetUsd" });
        cards["result-adjusted"] = await dialog.AnswerFirstChoicesAsync();
        cards["history"] = await dialog.SayAsync("history");
        cards["help"] = await dialog.SayAsync("help");
        cards["cancel"] = await dialog.ClickAsync(CardActionNames.Cancel);
        cards["notice"] = await dialog.SayAsync("adjust budget 80k");
        cards["error"] = await dialog.SayAsync("quick");
        cards["result-quick"] = await new CardDialog(Ids, "ben").SayAsync(QuickText);
        cards["result-quick-large"] = await new CardDialog(Ids, "cem").SayAsync(LargeQuickText);
        var quick = (RecommendationCard)cards["result-quick"];
        cards["compact-with-share"] = CompactRecommendationCard.From(quick, [new CardAction(CardActionNames.Share, "Share",
            new Dictionary<string, string> { [CardActionNames.RecommendationKey] = quick.RecommendationId }, Primary: true)]);
        cards["compact-expanded"] = CompactRecommendationCard.From((RecommendationCard)cards["result-quick-large"]) with { Expanded = true };
        await AddReviewsAsync(cards);
        await AddOutcomesAsync(cards);
        return cards;
    }

    /// <summary>We went with… on a quick result (an alternative picked), How did it go?, figures refused then saved, and history showing it.</summary>
    private static async Task AddOutcomesAsync(Dictionary<string, Card> cards)
    {
        var dialog = new CardDialog(Ids, "eve", "Eve");
        var result = Assert.IsType<RecommendationCard>(await dialog.SayAsync(QuickText));
        var later = result.Actions.Single(a => a.Name == CardActionNames.ReviewLater);
        var reviewOffer = Assert.IsType<TextCard>(await dialog.ClickAsync(later.Name, later.Values));
        var wentWith = reviewOffer.Actions.Single(a => a.Name == CardActionNames.WentWith);
        var offer = Assert.IsType<TextCard>(await dialog.ClickAsync(wentWith.Name, wentWith.Values));
        cards["outcome-offer"] = offer;
        var alternative = offer.Actions[1];
        var noted = Assert.IsType<TextCard>(await dialog.ClickAsync(alternative.Name, alternative.Values));
        cards["outcome-noted"] = noted;
        var form = Assert.IsType<TextCard>(await dialog.ClickAsync(noted.Actions[0].Name, noted.Actions[0].Values));
        cards["outcome-form"] = form;
        var save = form.Actions[0];
        cards["outcome-form-refused"] = await dialog.ClickAsync(save.Name,
            new Dictionary<string, string>(save.Values) { [CardActionNames.WeeksKey] = "900", [CardActionNames.CostKey] = "<b>lots</b>" });
        cards["outcome-saved"] = await dialog.ClickAsync(save.Name,
            new Dictionary<string, string>(save.Values) { [CardActionNames.WeeksKey] = "10 weeks", [CardActionNames.CostKey] = "$40k" });
        cards["history-with-outcome"] = await dialog.SayAsync("history");
    }

    /// <summary>Review later on a quick result, a review set and listed, and two reviews come due: one where nothing moved, one under older prices.</summary>
    private static async Task AddReviewsAsync(Dictionary<string, Card> cards)
    {
        var dialog = new CardDialog(Ids, "dee", "Dee");
        var result = Assert.IsType<RecommendationCard>(await dialog.SayAsync(QuickText));
        var later = result.Actions.Single(a => a.Name == CardActionNames.ReviewLater);
        var offer = Assert.IsType<TextCard>(await dialog.ClickAsync(later.Name, later.Values));
        cards["review-offer"] = offer;
        var inThree = offer.Actions.Single(a => a.Values.GetValueOrDefault(CardActionNames.MonthsKey) == "3");
        cards["review-set"] = await dialog.ClickAsync(inThree.Name, inThree.Values);
        cards["reminders"] = await dialog.SayAsync("reminders");
        var reminder = Assert.Single(dialog.Reminders);
        cards["review-due-same"] = await dialog.DueAsync(reminder);
        cards["review-due-changed"] = await dialog.DueAsync(reminder with { Id = "rv" + reminder.Id[2..], Baseline = UnderOlderPrices(reminder.Baseline) });
    }

    /// <summary>
    /// <paramref name="baseline"/> as if it had been computed months ago under another book: another path, about a third
    /// of the cost, a shorter launch, and the labour rates lower, from another source.
    /// </summary>
    private static ReviewBaseline UnderOlderPrices(ReviewBaseline baseline) => baseline with
    {
        Path = ModelStrategy.Core.Paths.PathId.Prompting,
        PathName = "Prompt a pre-trained model",
        Cost = new ReviewRange(baseline.Cost.P10 / 2, baseline.Cost.P50 / 3, baseline.Cost.P90 / 2),
        Timeline = new ReviewRange(baseline.Timeline.P10 / 2, baseline.Timeline.P50 / 3, baseline.Timeline.P90 / 2),
        Prices = new ModelStrategy.Core.Pricing.PriceBookStamp("2026-08", new DateOnly(2026, 8, 14)),
        Figures = [.. baseline.Figures.Select(f => f.Key.StartsWith("labour.", StringComparison.Ordinal) ? f with { Value = f.Value * 0.75, Source = "last year's budget", AsOf = "2026-01" } : f)],
    };
}
