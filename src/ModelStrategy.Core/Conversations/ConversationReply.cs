using ModelStrategy.Core.Cards;

namespace ModelStrategy.Core.Conversations;

/// <summary>What to send back for one input.</summary>
/// <param name="Cards">The cards to send, in order (possibly none).</param>
/// <param name="Delivery">Whether the first card replaces the dialog's live card or is posted as a new message.</param>
/// <param name="DialogId">The dialog the cards belong to, so a channel can remember which message carries it.</param>
/// <param name="Duplicate">True when the input was a repeated delivery that changed nothing; a channel may drop the reply for transport retries.</param>
public sealed record ConversationReply(IReadOnlyList<Card> Cards, ReplyDelivery Delivery, string? DialogId, bool Duplicate = false);

/// <summary>How the first card of a reply is delivered.</summary>
public enum ReplyDelivery
{
    /// <summary>Post the cards as new messages.</summary>
    NewMessage,
    /// <summary>Update the dialog's live card (the message that was clicked, or the last dialog card) in place; post the rest.</summary>
    UpdateInPlace,
}
