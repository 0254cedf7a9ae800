using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Reviews;
using ModelStrategy.Core.Tests.Conversations;
using ModelStrategy.Tests.Shared.Reviews;

namespace ModelStrategy.Core.Tests.Reviews;

/// <summary>Reviews through the real engine and runner (in-memory stores, fake clock, a recording poster).</summary>
public sealed class ReviewFlowTests
{
    private const string Quick = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryReviewReminderStore _reminders = new();
    private readonly InMemoryRecommendationStore _recommendations = new();
    private readonly RecordingPoster _poster = new();
    private readonly ConversationKey _key = ConversationKey.Thread("slack", "T1", "C1", "1700000000.000100");
    private readonly ConversationEngine _engine;
    private readonly ReviewRunner _runner;
    private int _delivery;

    public ReviewFlowTests()
    {
        var options = Options.Create(new ReviewOptions { MaxAttempts = 2 });
        _engine = new ConversationEngine(new InMemoryConversationStore(), TestServices.Service, _recommendations, Options.Create(new ConversationOptions()), _clock,
            reminders: _reminders, reviewOptions: options);
        _runner = new ReviewRunner(_reminders, _engine, TestServices.Service, _recommendations, [_poster], options, _clock);
    }

    [Fact]
    public async Task ReviewInThreeMonths_PostedWhenDue_AsTheNewResultThatAdjustWorksOn()
    {
        var result = Assert.IsType<RecommendationCard>(await SayAsync(Quick));
        var set = Assert.IsType<TextCard>(await SayAsync("review in 3 months"));
        var listed = Assert.IsType<TextCard>(await SayAsync("reminders"));
        var reminder = Assert.Single(_reminders.All);

        _clock.Advance(reminder.DueAt - _clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        var early = await _runner.RunDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var runs = await _runner.RunDueAsync(CancellationToken.None);
        var adjusted = await SayAsync("adjust budget 400k");

        Assert.Equal("Review set for 2 Jun 2026, 3 months from now. On that day I'll ask the same question again with that day's prices and rules, and post here what changed.", set.Text);
        Assert.StartsWith("Reviews set here (1):\n1. 2 Jun 2026: Retrieval-augmented generation (RAG), 3 months after 2 Mar 2026, set by Ana", listed.Text, StringComparison.Ordinal);
        Assert.Equal((result.RecommendationId, _key.Value, "{\"to\":\"thread\"}"), (reminder.Baseline.RecommendationId, reminder.ConversationKey, reminder.Address));
        Assert.Empty(early);
        Assert.Equal(ReviewOutcome.Posted, Assert.Single(runs).Outcome);
        var (address, cards) = Assert.Single(_poster.Posts);
        var review = Assert.IsType<ReviewCard>(Assert.Single(cards));
        Assert.Equal("{\"to\":\"thread\"}", address);
        Assert.NotNull(review.Context);
        Assert.Contains(_recommendations.Saved.Keys, id => id == review.RecommendationId);
        Assert.Equal(["adjust", "compare", "reviewlater", "restart"], review.Actions.Select(a => a.Name));
        Assert.Empty(_reminders.All);
        Assert.IsType<RecommendationCard>(adjusted);
    }

    [Fact]
    public async Task SameRequestDeliveredTwice_SetsOneReview()
    {
        await SayAsync(Quick);

        await SayAsync("review in 1 month", deliveryId: "same");
        var again = await _engine.HandleAsync(Text("review in 1 month", "same"), CancellationToken.None);

        Assert.True(again.Duplicate);
        Assert.Single(_reminders.All);
    }

    [Fact]
    public async Task Reviews_OverTheLimitOrWithoutAnAddress_AreRefusedInPlainWords()
    {
        await SayAsync(Quick);
        for (var i = 0; i < new ReviewOptions().MaxPerConversation; i++)
        {
            await SayAsync("review in 6 months");
        }

        var full = Assert.IsType<TextCard>(await SayAsync("review in 12 months"));
        var nowhere = Assert.IsType<TextCard>(Assert.Single((await _engine.HandleAsync(Text("review in 1 month", "x") with { Address = null }, CancellationToken.None)).Cards));

        Assert.Equal("This conversation already has 5 reviews waiting. Say reminders to see them and cancel one first.", full.Text);
        Assert.Equal("Reviews can only be set in a chat or a thread, where I can post them later.", nowhere.Text);
        Assert.Equal(5, _reminders.All.Count);
    }

    [Fact]
    public async Task PostThatFails_IsRetriedAsAStandaloneReview_ThenGivenUp()
    {
        await SayAsync(Quick);
        await SayAsync("review in 1 month");
        var due = Assert.Single(_reminders.All).DueAt;
        _poster.Fail = true;

        _clock.Advance(due - _clock.GetUtcNow());
        var first = await _runner.RunDueAsync(CancellationToken.None);
        var whileLeased = await _runner.RunDueAsync(CancellationToken.None);
        _clock.Advance(new ReviewOptions().Lease);
        var second = await _runner.RunDueAsync(CancellationToken.None);

        Assert.Equal(ReviewOutcome.Retrying, Assert.Single(first).Outcome);
        Assert.Empty(whileLeased);
        Assert.Equal((ReviewOutcome.GivenUp, 2), (Assert.Single(second).Outcome, second[0].Attempt));
        Assert.Equal(2, _poster.Posts.Count);
        Assert.NotNull(Assert.IsType<ReviewCard>(_poster.Posts[0].Cards[0]).Context);
        var retried = Assert.IsType<ReviewCard>(_poster.Posts[1].Cards[0]);
        Assert.Null(retried.Context);
        Assert.Contains(_recommendations.Saved.Keys, id => id == retried.RecommendationId);
        Assert.Empty(_reminders.All);
    }

    [Fact]
    public async Task ReviewDueDuringAnOpenQuestion_StandsBesideTheDialog()
    {
        await SayAsync(Quick);
        await SayAsync("review in 1 month");
        _clock.Advance(Assert.Single(_reminders.All).DueAt - _clock.GetUtcNow() - TimeSpan.FromHours(1));
        var question = Assert.IsType<QuestionCard>(await SayAsync("start over"));
        _clock.Advance(TimeSpan.FromHours(1));

        await _runner.RunDueAsync(CancellationToken.None);
        var next = await ClickAsync(question);

        var review = Assert.IsType<ReviewCard>(Assert.Single(Assert.Single(_poster.Posts).Cards));
        Assert.Null(review.Context);
        Assert.Equal(["compare", "reviewlater"], review.Actions.Select(a => a.Name));
        Assert.IsType<QuestionCard>(next);
    }

    [Fact]
    public async Task ReviewOfAChannelNotServedHere_IsGivenUp()
    {
        await SayAsync(Quick);
        await SayAsync("review in 1 month");
        var runner = new ReviewRunner(_reminders, _engine, TestServices.Service, _recommendations, [], Options.Create(new ReviewOptions()), _clock);
        _clock.Advance(TimeSpan.FromDays(40));

        var runs = await runner.RunDueAsync(CancellationToken.None);

        Assert.Equal(("slack", ReviewOutcome.GivenUp), (Assert.Single(runs).Channel, runs[0].Outcome));
        Assert.Empty(_reminders.All);
    }

    private async Task<Card> SayAsync(string text, string? deliveryId = null) =>
        Assert.Single((await _engine.HandleAsync(Text(text, deliveryId ?? "d" + ++_delivery), CancellationToken.None)).Cards);

    private async Task<Card> ClickAsync(QuestionCard question) => Assert.Single((await _engine.HandleAsync(new CardActionInput
    {
        Key = _key, Actor = new("u1", "Ana"), DeliveryId = "d" + ++_delivery, Action = question.ChoiceAction, Context = question.Context,
        Values = question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value), Address = "{\"to\":\"thread\"}",
    }, CancellationToken.None)).Cards);

    private TextMessageInput Text(string text, string deliveryId) => new()
    {
        Key = _key, Actor = new("u1", "Ana"), DeliveryId = deliveryId, MessageId = deliveryId, Text = text, Address = "{\"to\":\"thread\"}",
    };

    private sealed class RecordingPoster : IReviewPoster
    {
        public bool Fail { get; set; }

        public List<(string Address, IReadOnlyList<Card> Cards)> Posts { get; } = [];

        public string Channel => "slack";

        public Task<bool> PostAsync(string address, IReadOnlyList<Card> cards, CancellationToken cancellationToken)
        {
            Posts.Add((address, cards));
            return Task.FromResult(!Fail);
        }
    }
}
