using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.State;

namespace ModelStrategy.Core.Tests.Conversations;

/// <summary>Drives one conversation through the real engine (in-memory stores, fake clock) like a channel would.</summary>
internal sealed class DialogDriver
{
    private int _delivery;

    public DialogDriver(ConversationKey? key = null, ConversationOptions? options = null)
    {
        Key = key ?? ConversationKey.Personal("teams", "tenant-1", "user-ana");
        Engine = new ConversationEngine(Store, TestServices.Service, Recommendations, Options.Create(options ?? new ConversationOptions()), Clock);
    }

    public static Actor Ana { get; } = new("user-ana", "Ana");

    public static Actor Ben { get; } = new("user-ben", "Ben");

    public ConversationKey Key { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public InMemoryConversationStore Store { get; } = new();

    public InMemoryRecommendationStore Recommendations { get; } = new();

    public ConversationEngine Engine { get; }

    public ConversationReply? Last { get; private set; }

    /// <summary>The last question or result card shown (the live dialog card).</summary>
    public Card? Live { get; private set; }

    public QuestionCard Question => Assert.IsType<QuestionCard>(Live);

    public RecommendationCard Result => Assert.IsType<RecommendationCard>(Live);

    public Task<ConversationReply> SayAsync(string text, Actor? actor = null, string? deliveryId = null) =>
        SendAsync(new TextMessageInput { Key = Key, Actor = actor ?? Ana, DeliveryId = deliveryId ?? NextDelivery(), MessageId = NextDelivery(), Text = text });

    public Task<ConversationReply> ClickAsync(string action, IReadOnlyDictionary<string, string>? values = null, CardContext? context = null, Actor? actor = null, string? deliveryId = null) =>
        SendAsync(Click(action, values, context ?? ContextOf(Live), actor, deliveryId));

    public CardActionInput Click(string action, IReadOnlyDictionary<string, string>? values, CardContext? context, Actor? actor = null, string? deliveryId = null) => new()
    {
        Key = Key,
        Actor = actor ?? Ana,
        DeliveryId = deliveryId ?? NextDelivery(),
        Action = action,
        Context = context,
        Values = values ?? new Dictionary<string, string>(),
    };

    /// <summary>Clicks the first choice of every input on the live question card.</summary>
    public Task<ConversationReply> AnswerFirstChoicesAsync() =>
        ClickAsync(CardActionNames.Answer, Question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value));

    public Task<ConversationReply> AnswerAsync(string field, string value, Actor? actor = null) =>
        ClickAsync(CardActionNames.Answer, new Dictionary<string, string> { [field] = value }, actor: actor);

    /// <summary>The stored dialog, as the engine left it.</summary>
    public DialogState Dialog =>
        ConversationStateJson.Deserialize(Store.GetAsync(Key.Value, CancellationToken.None).Result!.Payload).Dialog!;

    public async Task<ConversationReply> SendAsync(ConversationInput input)
    {
        Last = await Engine.HandleAsync(input, CancellationToken.None);
        if (Last.Cards.FirstOrDefault(c => c is QuestionCard or RecommendationCard { Context: not null }) is { } live)
        {
            Live = live;
        }

        return Last;
    }

    public static string NoticeOf(ConversationReply reply) => Assert.IsType<TextCard>(Assert.Single(reply.Cards)).Text;

    private static CardContext? ContextOf(Card? card) => card switch
    {
        QuestionCard q => q.Context,
        RecommendationCard r => r.Context,
        _ => null,
    };

    private string NextDelivery() => "d-" + Interlocked.Increment(ref _delivery);
}
