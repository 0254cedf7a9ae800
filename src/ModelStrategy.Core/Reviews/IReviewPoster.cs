using ModelStrategy.Core.Cards;

namespace ModelStrategy.Core.Reviews;

/// <summary>Port: how one channel posts a due review where it was asked for, without an incoming message to answer.</summary>
public interface IReviewPoster
{
    /// <summary>The channel it posts to, as conversation keys start ("teams", "slack").</summary>
    string Channel { get; }

    /// <summary>Posts <paramref name="cards"/> in order at <paramref name="address"/> (the channel's own form); false when it could not.</summary>
    Task<bool> PostAsync(string address, IReadOnlyList<Card> cards, CancellationToken cancellationToken);
}
