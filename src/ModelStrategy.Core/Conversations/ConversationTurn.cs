using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Conversations;

/// <summary>
/// Applies one input to one read of the state. Pure apart from computing recommendations: the engine saves the result
/// with optimistic concurrency and, on a conflict, runs a new turn on a fresh read.
/// </summary>
internal sealed partial class ConversationTurn(
    RecommendationService service,
    ConversationOptions options,
    ConversationState state,
    ConversationInput input,
    DateTimeOffset now,
    TurnPin pin,
    string? expiredDialogId)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    private DialogState? Dialog => state.Dialog;

    private bool FromCard => input is CardActionInput;

    /// <summary>The day of this turn, for calendar deadlines in typed text.</summary>
    private DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);

    public TurnOutcome Run() => input switch
    {
        CardActionInput action => OnAction(action),
        ReviewDueInput due => ReviewDue(due.Reminder),
        TextMessageInput text => CommandParser.Parse(text.Text) is { } command
            ? OnCommand(command.Name, command.Argument, NoValues)
            : OnFreeText(text.Text),
        _ => Note("I can't handle that kind of message."),
    };

    private TurnOutcome OnAction(CardActionInput action)
    {
        var name = action.Action.Trim().ToLowerInvariant();
        if (action.Context is { } context && StaleNote(name, context) is { } stale)
        {
            return stale;
        }

        var argument = action.Values.TryGetValue(CardActionNames.TextKey, out var text) ? text : string.Empty;
        return OnCommand(name, argument, action.Values);
    }

    private TurnOutcome OnCommand(string name, string argument, IReadOnlyDictionary<string, string> values) => name switch
    {
        CardActionNames.Start => Start(fresh: false),
        CardActionNames.Restart => Start(fresh: true),
        CardActionNames.Quick => Quick(argument),
        CardActionNames.Cancel => Cancel(),
        CardActionNames.Help => Help(),
        CardActionNames.History => History(),
        CardActionNames.Back => PinnedOrStale() ?? Back(),
        CardActionNames.Skip => PinnedOrStale() ?? Skip(),
        CardActionNames.Answer => Answer(values),
        CardActionNames.Refine => Refine(),
        CardActionNames.Adjust => Adjust(argument, values),
        CardActionNames.Share or CardActionNames.Compare or CardActionNames.Assumptions => View(name, values),
        CardActionNames.ReviewLater or CardActionNames.Review or CardActionNames.Reminders or CardActionNames.CancelReview =>
            Note("Reviews can't be set here."),
        CardActionNames.WentWith or CardActionNames.Outcome => Note("Outcomes can't be recorded here."),
        _ => Note($"I don't know \"{name}\". Say help to see what I can do."),
    };

    private TurnOutcome OnFreeText(string text)
    {
        if (Dialog is { Mode: DialogMode.Adjusting, StepId: "adjust" })
        {
            return PinnedOrStale() ?? AdjustFromText(text, onlyIfUnderstood: false);
        }

        if (Dialog is { Mode: DialogMode.Asking or DialogMode.Adjusting })
        {
            return PinnedOrStale() ?? AnswerTyped(text);
        }

        return Dialog is { Mode: DialogMode.Result } ? AdjustFromText(text, onlyIfUnderstood: true) : Open(text);
    }

    private DialogState Advance(DialogState dialog) => dialog with { Turn = dialog.Turn + 1, LastActivityAt = now };

    private ConversationReply Reply(Card card, bool inPlace, string? dialogId) =>
        new([card], inPlace && FromCard ? ReplyDelivery.UpdateInPlace : ReplyDelivery.NewMessage, dialogId);

    private TurnOutcome Outcome(ConversationState next, Card card, bool inPlace, params Recommendation[] toStore) =>
        new(next, Reply(card, inPlace, next.Dialog?.DialogId), toStore);

    private TurnOutcome Note(string text) =>
        new(state, new ConversationReply([TextCard.Of(text, TextKind.Notice)], ReplyDelivery.NewMessage, Dialog?.DialogId), []);
}
