using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>The conversation engine over each provider's real stores: races, repeats, restarts and idle expiry.</summary>
public abstract class ConversationEngineContract(StoreProvider provider) : IAsyncLifetime
{
    private static readonly ConversationKey Thread = ConversationKey.Thread("slack", "T1", "C1", "1700000000.0001");
    private static readonly Actor Ana = new("U-ana", "Ana");
    private static readonly Actor Ben = new("U-ben", "Ben");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private int _delivery;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await provider.DisposeAsync();

    [Fact]
    public async Task HandleAsync_TwoClicksOnTheSameStepAtOnce_AdvanceExactlyOnce()
    {
        // Arrange
        GatedConversationStore? gate = null;
        await using var scope = provider.Open(_clock, inner => gate = new GatedConversationStore(inner, 2));
        var card = Assert.IsType<QuestionCard>((await Say(scope, "start", Ana)).Cards[0]);
        gate!.Arm();

        // Act
        var replies = await Task.WhenAll(
            Task.Run(() => Click(scope, card.Context, new Dictionary<string, string> { ["need"] = "behavior" }, Ana)),
            Task.Run(() => Click(scope, card.Context, new Dictionary<string, string> { ["need"] = "knowledge" }, Ben)));

        // Assert
        var next = Assert.IsType<QuestionCard>(Assert.Single(replies, r => r.Cards[0] is QuestionCard).Cards[0]);
        var noted = Assert.IsType<TextCard>(Assert.Single(replies, r => r.Cards[0] is TextCard).Cards[0]);
        Assert.Equal(card.Context.CardVersion + 1, next.Context.CardVersion);
        Assert.Contains("already answered", noted.Text, StringComparison.Ordinal);
        var live = Assert.IsType<QuestionCard>((await Say(scope, "start", Ana)).Cards[0]);
        Assert.Equal(next.Context, live.Context);
    }

    [Fact]
    public async Task HandleAsync_SameMessageDeliveredTwiceAtOnce_HasOneEffect()
    {
        // Arrange
        GatedConversationStore? gate = null;
        await using var scope = provider.Open(_clock, inner => gate = new GatedConversationStore(inner, 2));
        await Say(scope, "start", Ana);
        var message = new TextMessageInput { Key = Thread, Actor = Ana, DeliveryId = "Ev-retry", MessageId = "m-1", Text = "knowledge" };
        gate!.Arm();

        // Act
        var replies = await Task.WhenAll(
            Task.Run(() => scope.Engine.HandleAsync(message, CancellationToken.None)),
            Task.Run(() => scope.Engine.HandleAsync(message, CancellationToken.None)));

        // Assert
        Assert.Single(replies, r => r.Duplicate);
        Assert.Equal(2, Assert.IsType<QuestionCard>(Assert.Single(replies, r => !r.Duplicate).Cards[0]).Progress!.Current);
    }

    [Fact]
    public async Task HandleAsync_EngineOverNewStoreInstances_FinishesTheDialogAndStoresTheResult()
    {
        // Arrange
        QuestionCard halfway;
        await using (var before = provider.Open(_clock))
        {
            var first = Assert.IsType<QuestionCard>((await Say(before, "start", Ana)).Cards[0]);
            await Click(before, first.Context, new Dictionary<string, string> { ["need"] = "behavior" }, Ana);
            halfway = Assert.IsType<QuestionCard>((await Say(before, "6 weeks", Ben)).Cards[0]);
        }

        // Act
        await using var after = provider.Open(_clock);
        var resumed = Assert.IsType<QuestionCard>((await Say(after, "start", Ana)).Cards[0]);
        Card last = resumed;
        while (last is QuestionCard question)
        {
            last = (await Click(after, question.Context, question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value), Ana)).Cards[0];
        }

        // Assert
        Assert.Equal((halfway.Context, halfway.Progress), (resumed.Context, resumed.Progress));
        var result = Assert.IsType<RecommendationCard>(last);
        Assert.NotNull(await after.Recommendations.GetAsync(result.RecommendationId, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ClickAfterIdleExpiry_SaysTheDialogExpiredAndKeepsHistory()
    {
        // Arrange
        await using var scope = provider.Open(_clock);
        await Say(scope, "quick budget 40k", Ana);
        var old = Assert.IsType<QuestionCard>((await Say(scope, "start", Ana)).Cards[0]);
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        // Act
        var reply = await Click(scope, old.Context, new Dictionary<string, string> { ["need"] = "both" }, Ben);
        var history = await Say(scope, "history", Ben);

        // Assert
        Assert.Contains("expired after 7 days", Assert.IsType<TextCard>(reply.Cards[0]).Text, StringComparison.Ordinal);
        Assert.Single(Assert.IsType<HistoryCard>(Assert.Single(history.Cards)).Items);
    }

    private Task<ConversationReply> Say(StoreScope scope, string text, Actor actor) =>
        scope.Engine.HandleAsync(new TextMessageInput { Key = Thread, Actor = actor, DeliveryId = NextId(), MessageId = NextId(), Text = text }, CancellationToken.None);

    private Task<ConversationReply> Click(StoreScope scope, CardContext context, IReadOnlyDictionary<string, string> values, Actor actor) =>
        scope.Engine.HandleAsync(new CardActionInput
        {
            Key = Thread, Actor = actor, DeliveryId = NextId(), Action = CardActionNames.Answer, Context = context, Values = values,
        }, CancellationToken.None);

    private string NextId() => "d-" + Interlocked.Increment(ref _delivery);
}
