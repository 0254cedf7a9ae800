namespace ModelStrategy.Core.Conversations;

/// <summary>One inbound event, already translated from the channel's payload.</summary>
public abstract record ConversationInput
{
    /// <summary>Whose dialog it is.</summary>
    public required ConversationKey Key { get; init; }

    /// <summary>Who sent it.</summary>
    public required Actor Actor { get; init; }

    /// <summary>The channel's id of this delivery (Teams activity id, Slack event id); a repeat is ignored.</summary>
    public required string DeliveryId { get; init; }

    /// <summary>
    /// Where the channel can post to this conversation later, without a message to answer, in the channel's own form
    /// (opaque to the core); kept with a review reminder. Null when the channel gave none.
    /// </summary>
    public string? Address { get; init; }
}

/// <summary>A typed message (mention text already stripped by the channel).</summary>
public sealed record TextMessageInput : ConversationInput
{
    /// <summary>The channel's id of the message.</summary>
    public required string MessageId { get; init; }

    /// <summary>What the user typed, cut to <see cref="Constraints.FreeText.MaxLength"/> characters.</summary>
    public required string Text { get; init => field = Constraints.FreeText.Cap(value); }
}

/// <summary>A click on a card button or a card form submit.</summary>
public sealed record CardActionInput : ConversationInput
{
    /// <summary>The command, one of <see cref="Cards.CardActionNames"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The context the card was rendered for; null for buttons outside a dialog (e.g. on a shared card).</summary>
    public Cards.CardContext? Context { get; init; }

    /// <summary>The submitted values: the button's fixed values and any form inputs, keyed by field, each cut to <see cref="Constraints.FreeText.MaxLength"/> characters.</summary>
    public IReadOnlyDictionary<string, string> Values
    {
        get;
        init => field = value.Values.Any(Constraints.FreeText.IsOverLong)
            ? value.ToDictionary(pair => pair.Key, pair => Constraints.FreeText.Cap(pair.Value), StringComparer.Ordinal)
            : value;
    } = new Dictionary<string, string>();
}

/// <summary>A review reminder that came due: the engine asks its question again and shows what changed.</summary>
public sealed record ReviewDueInput : ConversationInput
{
    /// <summary>The reminder.</summary>
    public required Reviews.ReviewReminder Reminder { get; init; }
}
