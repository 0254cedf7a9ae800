using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Conversations;

/// <summary>What one input did: the new state, the reply, and the recommendations to store once the state is saved.</summary>
internal sealed record TurnOutcome(ConversationState State, ConversationReply Reply, IReadOnlyList<Recommendation> ToStore);

/// <summary>The dialog (id and turn) a typed input was first read against, so a retry after a conflict cannot answer a later step.</summary>
internal sealed record TurnPin(string? DialogId, int? Turn);
