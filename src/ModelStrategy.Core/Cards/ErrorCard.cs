namespace ModelStrategy.Core.Cards;

/// <summary>Something went wrong; the message says what to do next.</summary>
/// <param name="Message">What happened, in plain words.</param>
/// <param name="Example">An example of input that works, if relevant.</param>
public sealed record ErrorCard(string Message, string? Example) : Card;
