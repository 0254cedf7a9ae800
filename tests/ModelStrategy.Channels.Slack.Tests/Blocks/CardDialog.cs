using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>Drives the real conversation engine (wired by AddModelStrategyCore, in-memory stores) to get realistic cards.</summary>
internal sealed class CardDialog
{
    private static readonly Actor Ana = new("U0ANA", "Ana");
    private readonly IConversationEngine _engine;
    private readonly ConversationKey _key;
    private int _delivery;

    public CardDialog(string user = "ana")
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<IConversationStore, MemoryConversationStore>()
            .AddSingleton<IRecommendationStore, MemoryRecommendationStore>()
            .AddModelStrategyCore()
            .BuildServiceProvider();
        _engine = services.GetRequiredService<IConversationEngine>();
        _key = ConversationKey.Personal("slack", "T0TEAM", user);
    }

    /// <summary>The question or result card the dialog shows now.</summary>
    public Card? Live { get; private set; }

    public async Task<Card> SayAsync(string text) => await SendAsync(new TextMessageInput
    {
        Key = _key, Actor = Ana, DeliveryId = NextId(), MessageId = NextId(), Text = text,
    });

    public async Task<Card> ClickAsync(string action, IReadOnlyDictionary<string, string>? values = null) => await SendAsync(new CardActionInput
    {
        Key = _key, Actor = Ana, DeliveryId = NextId(), Action = action, Context = ContextOf(Live),
        Values = values ?? new Dictionary<string, string>(),
    });

    /// <summary>Answers the live question with the first choice of every input.</summary>
    public Task<Card> AnswerFirstChoicesAsync()
    {
        var question = Assert.IsType<QuestionCard>(Live);
        return ClickAsync(question.ChoiceAction, question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value));
    }

    /// <summary>Starts a dialog and answers every question from <paramref name="answers"/> (the typical value where it has none).</summary>
    public async Task<Card> AnswerAllAsync(IReadOnlyDictionary<string, string> answers)
    {
        var card = await SayAsync("start");
        while (card is QuestionCard question)
        {
            card = await ClickAsync(question.ChoiceAction, question.Inputs.ToDictionary(i => i.Field, i => answers.GetValueOrDefault(i.Field) ?? i.Typical));
        }

        return card;
    }

    private async Task<Card> SendAsync(ConversationInput input)
    {
        var reply = await _engine.HandleAsync(input, CancellationToken.None);
        var card = Assert.Single(reply.Cards);
        if (card is QuestionCard or RecommendationCard { Context: not null })
        {
            Live = card;
        }

        return card;
    }

    private static CardContext? ContextOf(Card? card) => card switch
    {
        QuestionCard q => q.Context,
        RecommendationCard r => r.Context,
        _ => null,
    };

    private string NextId() => "activity-" + Interlocked.Increment(ref _delivery);

    private sealed class MemoryConversationStore : IConversationStore
    {
        private readonly ConcurrentDictionary<string, ConversationRecord> _rows = new();

        public Task<ConversationRecord?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_rows.GetValueOrDefault(key));

        public Task<long?> TrySaveAsync(string key, string payload, long expectedVersion, DateTimeOffset updatedAt, CancellationToken cancellationToken)
        {
            var current = _rows.TryGetValue(key, out var row) ? row.Version : 0;
            if (current != expectedVersion)
            {
                return Task.FromResult<long?>(null);
            }

            _rows[key] = new ConversationRecord(payload, current + 1, updatedAt);
            return Task.FromResult<long?>(current + 1);
        }
    }

    private sealed class MemoryRecommendationStore : IRecommendationStore
    {
        private readonly ConcurrentDictionary<string, Recommendation> _saved = new();

        public Task SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
        {
            _saved[recommendation.Id] = recommendation;
            return Task.CompletedTask;
        }

        public Task<Recommendation?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_saved.GetValueOrDefault(id));
    }
}
