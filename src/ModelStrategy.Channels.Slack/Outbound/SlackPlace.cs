namespace ModelStrategy.Channels.Slack.Outbound;

/// <summary>Where a message goes: a conversation and, for a reply in a thread, the thread's root ts.</summary>
/// <param name="Channel">The conversation id (C…, G…, D…).</param>
/// <param name="ThreadTs">The thread's root message ts; null for a top-level message.</param>
internal sealed record SlackPlace(string Channel, string? ThreadTs);
