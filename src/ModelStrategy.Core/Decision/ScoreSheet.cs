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

    public int Score => Clamp(_points);

    /// <summary>The points before clamping, so that the points of separate runs over different rules can be added.</summary>
    public int Points => _points;

    public IReadOnlyList<Contribution> Contributions =>
        _contributions is null ? [] : [.. _contributions.OrderByDescending(c => Math.Abs(c.Points))];

    public IReadOnlyList<string> Blockers => _blockers ?? [];

    /// <summary>A score from points: 0 to 100.</summary>
    public static int Clamp(int points) => Math.Clamp(points, 0, 100);

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
