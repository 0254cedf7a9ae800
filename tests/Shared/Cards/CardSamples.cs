using ModelStrategy.Core.Cards;

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
        return cards;
    }
}
