using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Conversations;

/// <summary>The engine over the real SQLite store: races, repeats and a process restart.</summary>
public sealed class ConversationEngineSqliteTests : IDisposable
{
    private static readonly ConversationKey Thread = ConversationKey.Thread("slack", "T1", "C1", "1700000000.0001");
    private static readonly Actor Ana = new("U-ana", "Ana");
    private static readonly Actor Ben = new("U-ben", "Ben");
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private int _delivery;

    [Fact]
    public async Task HandleAsync_TwoClicksOnTheSameStepAtOnce_AdvanceExactlyOnce()
    {
        // Arrange
        GatedConversationStore? gate = null;
        using var host = new EngineHost(_db.FilePath, _clock, inner => gate = new GatedConversationStore(inner, 2));
        var card = Assert.IsType<QuestionCard>((await Say(host, "start", Ana)).Cards[0]);
        gate!.Arm();

        // Act
        var replies = await Task.WhenAll(
            Task.Run(() => Click(host, card.Context, "need", "behavior", Ana)),
            Task.Run(() => Click(host, card.Context, "need", "knowledge", Ben)));

        // Assert
        var advanced = Assert.Single(replies, r => r.Cards[0] is QuestionCard);
        var noted = Assert.Single(replies, r => r.Cards[0] is TextCard);
        var next = Assert.IsType<QuestionCard>(advanced.Cards[0]);
        Assert.Equal(card.Context.CardVersion + 1, next.Context.CardVersion);
        Assert.Contains("already answered", ((TextCard)noted.Cards[0]).Text, StringComparison.Ordinal);
        var live = Assert.IsType<QuestionCard>((await Say(host, "start", Ana)).Cards[0]);
        Assert.Equal(next.Context, live.Context);
    }

    [Fact]
    public async Task HandleAsync_TwoTypedAnswersAtOnce_AdvanceExactlyOnce()
    {
        // Arrange
        GatedConversationStore? gate = null;
        using var host = new EngineHost(_db.FilePath, _clock, inner => gate = new GatedConversationStore(inner, 2));
        await Say(host, "start", Ana);
        gate!.Arm();

        // Act
        var replies = await Task.WhenAll(Task.Run(() => Say(host, "knowledge", Ana)), Task.Run(() => Say(host, "behavior", Ben)));

        // Assert
        var next = Assert.IsType<QuestionCard>(Assert.Single(replies, r => r.Cards[0] is QuestionCard).Cards[0]);
        var note = Assert.IsType<TextCard>(Assert.Single(replies, r => r.Cards[0] is TextCard).Cards[0]);
        Assert.Contains("just before you", note.Text, StringComparison.Ordinal);
        Assert.Equal(2, next.Progress!.Current);
    }

    [Fact]
    public async Task HandleAsync_SameMessageDeliveredTwiceAtOnce_HasOneEffect()
    {
        // Arrange
        GatedConversationStore? gate = null;
        using var host = new EngineHost(_db.FilePath, _clock, inner => gate = new GatedConversationStore(inner, 2));
        await Say(host, "start", Ana);
        var message = new TextMessageInput { Key = Thread, Actor = Ana, DeliveryId = "Ev-retry", MessageId = "m-1", Text = "knowledge" };
        gate!.Arm();

        // Act
        var replies = await Task.WhenAll(
            Task.Run(() => host.Engine.HandleAsync(message, CancellationToken.None)),
            Task.Run(() => host.Engine.HandleAsync(message, CancellationToken.None)));

        // Assert
        Assert.Single(replies, r => r.Duplicate);
        var effect = Assert.Single(replies, r => !r.Duplicate);
        Assert.Equal(2, Assert.IsType<QuestionCard>(effect.Cards[0]).Progress!.Current);
    }

    [Fact]
    public async Task HandleAsync_EngineRecreatedFromTheFile_ContinuesWhereTheDialogWas()
    {
        // Arrange
        QuestionCard halfway;
        using (var before = new EngineHost(_db.FilePath, _clock))
        {
            var first = Assert.IsType<QuestionCard>((await Say(before, "start", Ana)).Cards[0]);
            await Click(before, first.Context, "need", "behavior", Ana);
            halfway = Assert.IsType<QuestionCard>((await Say(before, "6 weeks", Ben)).Cards[0]);
        }

        // Act
        using var after = new EngineHost(_db.FilePath, _clock);
        var resumed = Assert.IsType<QuestionCard>((await Say(after, "start", Ana)).Cards[0]);
        Card last = resumed;
        while (last is QuestionCard question)
        {
            last = (await after.Engine.HandleAsync(ClickInput(question.Context, question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value), Ana), CancellationToken.None)).Cards[0];
        }

        // Assert
        Assert.Equal(halfway.Context, resumed.Context);
        Assert.Equal(halfway.Progress, resumed.Progress);
        var result = Assert.IsType<RecommendationCard>(last);
        Assert.NotNull(await _db.Store.GetAsync(result.RecommendationId, CancellationToken.None));
    }

    public void Dispose() => _db.Dispose();

    private Task<ConversationReply> Say(EngineHost host, string text, Actor actor) =>
        host.Engine.HandleAsync(new TextMessageInput { Key = Thread, Actor = actor, DeliveryId = NextId(), MessageId = NextId(), Text = text }, CancellationToken.None);

    private Task<ConversationReply> Click(EngineHost host, CardContext context, string field, string value, Actor actor) =>
        host.Engine.HandleAsync(ClickInput(context, new Dictionary<string, string> { [field] = value }, actor), CancellationToken.None);

    private CardActionInput ClickInput(CardContext context, IReadOnlyDictionary<string, string> values, Actor actor) => new()
    {
        Key = Thread, Actor = actor, DeliveryId = NextId(), Action = CardActionNames.Answer, Context = context, Values = values,
    };

    private string NextId() => "d-" + Interlocked.Increment(ref _delivery);
}
