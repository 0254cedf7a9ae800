using System.Diagnostics;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The budget of one parse. By construction the text is capped, at most <see cref="Numbers.QuantityScanner.MaxQuantities"/>
/// numbers are read, patterns have no nested unbounded repeats and run only on sentences holding their anchor words;
/// on top, one work budget (<see cref="MaxScannedCharacters"/>) and one time limit cover the whole parse. Once either
/// is spent the remaining readers are skipped and the parse returns what it has.
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
    public const int MaxScannedCharacters = 40_000;

    private int _scanned;
    private bool _exhausted;

    /// <summary>Characters scanned so far.</summary>
    public int Scanned => _scanned;

    /// <summary>Spends <paramref name="characters"/> of the work budget; false (and nothing spent) when it does not fit.</summary>
    public bool TrySpend(int characters)
    {
        if (_exhausted || _scanned + characters > MaxScannedCharacters)
        {
            _exhausted = true;
            return false;
        }

        _scanned += characters;
        return true;
    }

    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>True once the time is spent or the patterns have scanned all the characters they may.</summary>
    public bool Spent => _exhausted || (limit != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(_start) > limit);
}
