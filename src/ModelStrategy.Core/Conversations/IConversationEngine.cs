namespace ModelStrategy.Core.Conversations;

/// <summary>The guided dialog and quick triage, written once for every channel.</summary>
public interface IConversationEngine
{
    /// <summary>
    /// Handles one input: reads the conversation, applies the input once (repeats and stale clicks change
    /// nothing), saves with optimistic concurrency and returns what to send.
    /// </summary>
    /// <param name="input">A typed message or a card action.</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>The cards to send and how.</returns>
    Task<ConversationReply> HandleAsync(ConversationInput input, CancellationToken cancellationToken);
}
