using System.Runtime.CompilerServices;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Decision;

/// <summary>Accumulates one path's score; records the named contributions and blockers only when detailed.</summary>
internal sealed class ScoreSheet(bool detailed) : IDetailSink
{
    private int _points;
    private List<Contribution>? _contributions;
    private List<string>? _blockers;

    public bool Detailed { get; } = detailed;

    public bool Blocked { get; private set; }

    /// <summary>The score shown to people: 0 to 100 (see <see cref="Display"/>).</summary>
    public int Score => Display(_points);

    /// <summary>
    /// The raw points: what the engine compares, so that two strong paths never tie at the cap; and what separate
    /// runs over different rules add up to.
    /// </summary>
    public int Points => _points;

    public IReadOnlyList<Contribution> Contributions =>
        _contributions is null ? [] : [.. _contributions.OrderByDescending(c => Math.Abs(c.Points))];

    public IReadOnlyList<string> Blockers => _blockers ?? [];

    /// <summary>Points up to this show as they are; above it they are compressed so that strong paths stay apart below 100.</summary>
    public const int CompressAbove = 80;

    /// <summary>
    /// A score from points, for display only: 0 to 100, never decreasing in the points. Up to <see cref="CompressAbove"/>
    /// the points themselves; above it the remaining 20 are approached smoothly (120 points show as 93, 140 as 96),
    /// so a clearly stronger path no longer ties its runner-up at a hard cap of 100.
    /// </summary>
    public static int Display(int points)
    {
        if (points <= CompressAbove)
        {
            return Math.Max(points, 0);
        }

        var headroom = 100 - CompressAbove;
        return (int)Math.Round(CompressAbove + (headroom * (1 - Math.Exp(-(points - CompressAbove) / (2.0 * headroom)))));
    }

    /// <summary>Clears the sheet for reuse (fast path only: detailed sheets are kept by their recommendation).</summary>
    public void Reset()
    {
        _points = 0;
        Blocked = false;
        _contributions = null;
        _blockers = null;
    }

    public void Add(string factor, int points, string reason)
    {
        if (points == 0)
        {
            return;
        }

        _points += points;
        if (Detailed)
        {
            (_contributions ??= []).Add(new Contribution(factor, points, reason));
        }
    }

    public void Add(string factor, int points, [InterpolatedStringHandlerArgument("")] ref DetailText reason)
    {
        if (points != 0)
        {
            Add(factor, points, reason.ToStringAndClear());
        }
    }

    public void Block([InterpolatedStringHandlerArgument("")] ref DetailText reason) => Block(reason.ToStringAndClear());

    public void Block(string reason)
    {
        Blocked = true;
        if (Detailed)
        {
            (_blockers ??= []).Add(reason);
        }
    }
}
