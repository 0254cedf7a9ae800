using System.Collections.Concurrent;

namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>
/// Remembers which conversations were told "slow down" in the last <see cref="Window"/>, so a flood over a team's
/// limit gets one short notice per conversation and then silence, not an outbound flood of its own. Channel-neutral:
/// each channel chooses its keys (Teams the conversation id, Slack "slack:" + team + channel). Bounded: past
/// <see cref="MaxConversations"/> remembered conversations it prunes the expired ones and, if still full, stays silent.
/// </summary>
public sealed class RateLimitNotices(TimeProvider time)
{
    /// <summary>How long a conversation stays silent after its notice.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>The most conversations remembered at once.</summary>
    public const int MaxConversations = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _silentUntil = new(StringComparer.Ordinal);

    /// <summary>True (once per window) when <paramref name="conversationId"/> should get a notice now.</summary>
    public bool TryClaim(string conversationId)
    {
        var now = time.GetUtcNow();
        if (_silentUntil.Count >= MaxConversations)
        {
            Prune(now);
            if (_silentUntil.Count >= MaxConversations)
            {
                return false;
            }
        }

        var until = now + Window;
        while (true)
        {
            if (!_silentUntil.TryGetValue(conversationId, out var current))
            {
                if (_silentUntil.TryAdd(conversationId, until))
                {
                    return true;
                }

                continue;
            }

            if (current > now)
            {
                return false;
            }

            if (_silentUntil.TryUpdate(conversationId, until, current))
            {
                return true;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, until) in _silentUntil)
        {
            if (until <= now)
            {
                _silentUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
            }
        }
    }
}
