using System.Diagnostics;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The one time budget of a parse. The parse is bounded by construction (the text is capped, numbers and regex matches
/// are capped per pass, patterns have no nested unbounded repeats); this budget is the safety net on top: once it is
/// spent, the remaining readers are skipped and the parse returns what it has.
/// </summary>
internal sealed class TriageBudget(TimeSpan limit)
{
    /// <summary>Time allowed for the whole parse.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(500);

    /// <summary>Most matches of one pattern that are looked at.</summary>
    public const int MaxMatchesPerPattern = 24;

    /// <summary>
    /// Most characters the patterns may scan in one parse, summed over every pattern and sentence it runs on: the work
    /// budget that keeps an adversarial text (one long sentence full of keywords) within a few times a normal message.
    /// </summary>
    public const int MaxScannedCharacters = 24_000;

    private int _scanned;

    /// <summary>Characters scanned so far.</summary>
    public int Scanned => _scanned;

    /// <summary>Spends <paramref name="characters"/> of the work budget; false (and nothing spent) when it does not fit.</summary>
    public bool TrySpend(int characters)
    {
        if (_scanned + characters > MaxScannedCharacters)
        {
            return false;
        }

        _scanned += characters;
        return true;
    }

    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>True once the time is spent.</summary>
    public bool Spent => limit != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(_start) > limit;
}
