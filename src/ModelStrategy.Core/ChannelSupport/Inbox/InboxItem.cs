namespace ModelStrategy.Core.ChannelSupport.Inbox;

/// <summary>One durable piece of inbound work, as stored by an <see cref="IInbox"/>.</summary>
/// <param name="Key">The item's unique key, chosen by the channel (e.g. "slack:event:Ev0123").</param>
/// <param name="Kind">What the payload is, for the channel that reads it back (e.g. "events").</param>
/// <param name="Payload">The serialized work: everything needed to do it after a restart.</param>
/// <param name="Progress">What the worker recorded so far with <see cref="IInbox.SaveProgressAsync"/> (null: nothing yet).</param>
/// <param name="Attempts">How many times the item was leased, the first lease at <see cref="IInbox.TryAddAsync"/> included.</param>
public sealed record InboxItem(string Key, string Kind, string Payload, string? Progress, int Attempts);
