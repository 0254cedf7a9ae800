using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Tests.Conversations;
using ModelStrategy.Tests.Shared.Outcomes;
using ModelStrategy.Tests.Shared.Reviews;

namespace ModelStrategy.Core.Tests.Outcomes;

/// <summary>"We went with…" and "How did it go?" through the real engine (in-memory stores, fake clock).</summary>
public sealed class OutcomeFlowTests
{
    private const string Quick = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryOutcomeStore _outcomes = new();
    private readonly InMemoryRecommendationStore _recommendations = new();
    private readonly InMemoryConversationStore _conversations = new();
    private readonly ConversationKey _key = ConversationKey.Thread("slack", "T1", "C1", "1700000000.000100");
    private readonly ConversationEngine _engine;
    private int _delivery;

    public OutcomeFlowTests() =>
        _engine = new ConversationEngine(_conversations, TestServices.Service, _recommendations, Options.Create(new ConversationOptions()), _clock,
            reminders: new MemoryReviewReminderStore(), outcomes: _outcomes);

    [Fact]
    public async Task WentWithAnAlternative_ThenHowItWent_IsStoredWithTheEstimateForThatPath_AndShownInHistory()
    {
        var result = Assert.IsType<RecommendationCard>(await SayAsync(Quick));
        var later = Assert.IsType<TextCard>(await ClickAsync(Assert.Single(result.Actions, a => a.Name == CardActionNames.ReviewLater)));
        var wentWith = Assert.Single(later.Actions, a => a.Name == CardActionNames.WentWith);
        var offer = Assert.IsType<TextCard>(await ClickAsync(wentWith));
        var recommendation = _recommendations.Saved[result.RecommendationId];
        var alternative = recommendation.Alternatives[0];
        var pick = Assert.Single(offer.Actions, a => a.Values[CardActionNames.PathKey] == ModelStrategy.Core.Constraints.WireName.Of(alternative.Path));

        var noted = Assert.IsType<TextCard>(await ClickAsync(pick));
        _clock.Advance(TimeSpan.FromDays(90));
        var form = Assert.IsType<TextCard>(await ClickAsync(noted.Actions[0]));
        var saved = Assert.IsType<TextCard>(await ClickAsync(form.Actions[0], (CardActionNames.WeeksKey, "10 weeks"), (CardActionNames.CostKey, "$40k")));
        var history = Assert.IsType<HistoryCard>(await SayAsync("history"));

        Assert.Equal($"{PathCatalog.Get(recommendation.Path).ShortName} (recommended)", offer.Actions[0].Title);
        Assert.Equal(recommendation.Alternatives.Take(5).Select(a => PathCatalog.Get(a.Path).ShortName), offer.Actions.Skip(1).Select(a => a.Title));
        Assert.Equal(result.RecommendationId, wentWith.Values[CardActionNames.RecommendationKey]);
        Assert.StartsWith($"Noted: you went with {PathCatalog.Get(alternative.Path).Name} instead of {recommendation.PathName}, the one I recommended.", noted.Text, StringComparison.Ordinal);
        Assert.Equal([CardActionNames.WeeksKey, CardActionNames.CostKey], form.Fields.Select(f => f.Id));
        var outcome = _outcomes.All[result.RecommendationId];
        Assert.Equal(new Audience(Audience.Slack, "T1"), outcome.Audience);
        Assert.Equal((alternative.Path, recommendation.Path, "Ana"), (outcome.Choice!.Path, outcome.Choice.RecommendedPath, outcome.Choice.ByName));
        Assert.Equal(new OutcomeEstimate(null, alternative.TimelineP50Weeks, null, null, alternative.CostP50Usd, null), outcome.Choice.Estimate);
        Assert.Equal(recommendation.Prices?.Version, outcome.Choice.PriceBook);
        Assert.Equal(new OutcomeActuals(10, 40_000, "Ana", _clock.GetUtcNow()), outcome.Actuals);
        Assert.StartsWith($"Thanks, saved: {PathCatalog.Get(alternative.Path).Name} took about 10 weeks and about $40,000.", saved.Text, StringComparison.Ordinal);
        Assert.Equal($"Went with {PathCatalog.Get(alternative.Path).Name} (recommended: {recommendation.PathName}) · took about 10 weeks and about $40,000",
            Assert.Single(history.Items).Outcome);
    }

    [Fact]
    public async Task TypedCommands_RecordTheRecommendedPathWithItsFullRange_AndWhatItTook()
    {
        var result = Assert.IsType<RecommendationCard>(await SayAsync(Quick));
        var recommendation = _recommendations.Saved[result.RecommendationId];

        var noted = Assert.IsType<TextCard>(await SayAsync("we went with the recommended one"));
        var saved = Assert.IsType<TextCard>(await SayAsync("outcome took 3 months and cost about 120k"));

        var outcome = _outcomes.All[result.RecommendationId];
        Assert.StartsWith($"Noted: you went with {recommendation.PathName}, the path I recommended.", noted.Text, StringComparison.Ordinal);
        Assert.Equal(new OutcomeEstimate(recommendation.TimelineWeeks.P10, recommendation.TimelineWeeks.P50, recommendation.TimelineWeeks.P90,
            recommendation.Cost.P10, recommendation.Cost.P50, recommendation.Cost.P90), outcome.Choice!.Estimate);
        Assert.Equal((13.0, 120_000.0), (outcome.Actuals!.Weeks, outcome.Actuals.CostUsd));
        Assert.Contains("took about 13 weeks and about $120,000", saved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresOutOfBounds_ComeBackWithWhatWasTyped_AndNothingIsStored()
    {
        var result = Assert.IsType<RecommendationCard>(await SayAsync(Quick));
        await SayAsync("went with rag");
        var form = Assert.IsType<TextCard>(await SayAsync("how did it go?"));

        var refused = Assert.IsType<TextCard>(await ClickAsync(form.Actions[0], (CardActionNames.WeeksKey, "900"), (CardActionNames.CostKey, "forty")));
        var empty = Assert.IsType<TextCard>(await ClickAsync(form.Actions[0]));

        Assert.Equal(TextKind.Notice, refused.Kind);
        Assert.Equal("I couldn't save that yet:\n• Weeks: give a time between a few days and 520 weeks (ten years).\n"
            + "• Cost: \"forty\" isn't an amount. Type it in US dollars like 40000, $40k or 1.2M.\nFix it below and click Save.", refused.Text);
        Assert.Equal(["900", "forty"], refused.Fields.Select(f => f.Value));
        Assert.Equal(2, empty.Text.Split('•').Length - 1);
        Assert.Null(_outcomes.All[result.RecommendationId].Actuals);
    }

    [Fact]
    public async Task HowItWent_BeforeSayingWhichPath_AsksForThePathFirst_AndRepeatsTheFigures()
    {
        var result = Assert.IsType<RecommendationCard>(await SayAsync(Quick));

        var first = Assert.IsType<TextCard>(await SayAsync("outcome 10 weeks, $40k"));

        Assert.Equal("First tell me which path you went with (you said it took about 10 weeks and about $40,000: tell me that again once the path is set).", first.Text);
        Assert.Equal(CardActionNames.WentWith, Assert.Single(first.Actions).Name);
        Assert.False(_outcomes.All.ContainsKey(result.RecommendationId));
    }

    [Fact]
    public async Task APathNotCompared_OrARecommendationFromElsewhere_IsRefused_AndNothingIsStored()
    {
        await SayAsync(Quick);

        var unknownPath = Assert.IsType<TextCard>(await SayAsync("went with bananas"));
        var elsewhere = Assert.IsType<TextCard>(await ClickAsync(new CardAction(CardActionNames.WentWith, "x",
            new Dictionary<string, string> { [CardActionNames.RecommendationKey] = "rec_0000000000000000000000", [CardActionNames.PathKey] = "rag" })));

        Assert.StartsWith("That isn't one of the paths I compared for this result.", unknownPath.Text, StringComparison.Ordinal);
        Assert.NotEmpty(unknownPath.Actions);
        Assert.Equal("I can't find that recommendation here any more. Say history to see the recent ones.", elsewhere.Text);
        Assert.Empty(_outcomes.All);
    }

    private async Task<Card> SayAsync(string text) =>
        Assert.Single((await _engine.HandleAsync(new TextMessageInput
        {
            Key = _key, Actor = new("u1", "Ana"), DeliveryId = "d" + ++_delivery, MessageId = "m" + _delivery, Text = text,
        }, CancellationToken.None)).Cards);

    private async Task<Card> ClickAsync(CardAction action, params (string Key, string Value)[] typed)
    {
        var values = new Dictionary<string, string>(action.Values);
        foreach (var (key, value) in typed)
        {
            values[key] = value;
        }

        return Assert.Single((await _engine.HandleAsync(new CardActionInput
        {
            Key = _key, Actor = new("u1", "Ana"), DeliveryId = "d" + ++_delivery, Action = action.Name, Values = values,
        }, CancellationToken.None)).Cards);
    }
}
