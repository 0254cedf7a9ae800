namespace ModelStrategy.Core.Cards;

/// <summary>
/// One channel-neutral message the bot sends: a question, a recommendation, a list or a short text. Channel
/// renderers (Adaptive Cards, Block Kit) turn each kind into their own format; nothing here knows a channel.
/// </summary>
public abstract record Card;
