using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reviews;
using ModelStrategy.Tests.Shared.Reviews;

namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>
/// Drives the real conversation engine (wired by AddModelStrategyCore, in-memory stores) to get realistic cards; the
/// channel's ids come from <paramref name="ids"/>. Every input carries an address, so reviews can be set; outcomes are kept in memory.
/// </summary>
/// <param name="ids">The channel, tenant and acting user's id as that channel spells them.</param>
/// <param name="user">The user whose personal conversation this is.</param>
/// <param name="displayName">The acting user's display name, as the channel reports it.</param>
internal sealed class CardDialog(DialogIds ids, string user = "ana", string displayName = "Ana")
{
    private readonly Actor _actor = new(ids.ActorId, displayName);
    private readonly MemoryReviewReminderStore _reminders = new();
    private IConversationEngine? _engine;
    private readonly ConversationKey _key = ConversationKey.Personal(ids.Channel, ids.Tenant, user);
    private int _delivery;

    /// <summary>The review reminders set in this dialog, soonest first.</summary>
    public IReadOnlyList<ReviewReminder> Reminders => _reminders.All;

    private IConversationEngine Engine => _engine ??= NewEngine(_reminders);

    private static IConversationEngine NewEngine(IReviewReminderStore reminders)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<IConversationStore, MemoryConversationStore>()
            .AddSingleton<IRecommendationStore, MemoryRecommendationStore>()
            .AddSingleton(reminders)
            .AddSingleton<ModelStrategy.Core.Outcomes.IOutcomeStore>(new ModelStrategy.Tests.Shared.Outcomes.MemoryOutcomeStore())
            .AddModelStrategyCore()
            .BuildServiceProvider();
        return services.GetRequiredService<IConversationEngine>();
    }

    /// <summary>The question or result card the dialog shows now.</summary>
    public Card? Live { get; private set; }

    public async Task<Card> SayAsync(string text) => await SendAsync(new TextMessageInput
    {
        Key = _key, Actor = _actor, DeliveryId = NextId(), MessageId = NextId(), Text = text, Address = Address,
    });

    public async Task<Card> ClickAsync(string action, IReadOnlyDictionary<string, string>? values = null) => await SendAsync(new CardActionInput
    {
        Key = _key, Actor = _actor, DeliveryId = NextId(), Action = action, Context = ContextOf(Live),
        Values = values ?? new Dictionary<string, string>(), Address = Address,
    });

    /// <summary>Runs <paramref name="reminder"/> as come due (as the review runner does) and returns the review.</summary>
    public async Task<Card> DueAsync(ReviewReminder reminder) => await SendAsync(new ReviewDueInput
    {
        Key = _key, Actor = new Actor("review:" + reminder.Id, "Review set by " + reminder.SetByName), DeliveryId = "review:" + reminder.Id,
        Address = Address, Reminder = reminder,
    });

    private string Address => "{\"place\":\"" + _key.Value + "\"}";

    /// <summary>Answers the live question with the first choice of every input.</summary>
    public Task<Card> AnswerFirstChoicesAsync()
    {
        var question = Assert.IsType<QuestionCard>(Live);
        return ClickAsync(question.ChoiceAction, question.Inputs.ToDictionary(i => i.Field, i => i.Choices[0].Value));
    }

    private async Task<Card> SendAsync(ConversationInput input)
    {
        var reply = await Engine.HandleAsync(input, CancellationToken.None);
        var card = Assert.Single(reply.Cards);
        if (card is QuestionCard or RecommendationCard { Context: not null } or ReviewCard { Context: not null })
        {
            Live = card;
        }

        return card;
    }

    private static CardContext? ContextOf(Card? card) => card switch
    {
        QuestionCard q => q.Context,
        RecommendationCard r => r.Context,
        ReviewCard r => r.Context,
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

        public Task<IReadOnlyList<Recommendation>> RecentAsync(Audience audience, string? requestedBy, int count, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Recommendation>>([.. _saved.Values
                .Where(r => audience.Equals(r.Audience) && (requestedBy is null || r.RequestedBy == requestedBy))
                .OrderByDescending(r => r.CreatedAt).Take(count)]);
    }
}

/// <summary>How one channel names a personal conversation's parts.</summary>
/// <param name="Channel">The channel id ("teams", "slack").</param>
/// <param name="Tenant">The tenant (Teams) or workspace (Slack) id.</param>
/// <param name="ActorId">The acting user's id.</param>
internal sealed record DialogIds(string Channel, string Tenant, string ActorId);
