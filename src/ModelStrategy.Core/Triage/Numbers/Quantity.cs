namespace ModelStrategy.Core.Triage.Numbers;

/// <summary>
/// One number found in the text, with what is written right around it: "$40-60k" (money, a range, 50 000),
/// "6-week" (a duration used as an adjective), "300" (a bare count). Token indices are inclusive.
/// </summary>
internal sealed record Quantity
{
    /// <summary>First token, including a "$" or "USD" before the number.</summary>
    public required int First { get; init; }

    /// <summary>First token of the number itself.</summary>
    public required int NumberFirst { get; init; }

    /// <summary>Last token of the number, its multiplier or the second bound of a range.</summary>
    public required int NumberLast { get; init; }

    /// <summary>Last token, including the unit when there is one.</summary>
    public required int Last { get; init; }

    /// <summary>The value with its multiplier applied (a range gives its midpoint), before any unit conversion.</summary>
    public required double Value { get; init; }

    /// <summary>What the unit measures.</summary>
    public UnitKind Unit { get; init; }

    /// <summary>Weeks per unit for durations, milliseconds for times, bytes for sizes.</summary>
    public double Scale { get; init; }

    /// <summary>Written with "$", "USD", "dollars", "bucks" or "grand".</summary>
    public bool Money { get; init; }

    /// <summary>Written with another currency ("€50k", "40k EUR"): never read as anything.</summary>
    public bool Foreign { get; init; }

    /// <summary>Had a multiplier ("k", "M", "thousand").</summary>
    public bool Multiplied { get; init; }

    /// <summary>Spelled in words ("forty thousand").</summary>
    public bool Spelled { get; init; }

    /// <summary>A range ("2-3", "60 to 80k").</summary>
    public bool Range { get; init; }

    /// <summary>The unit is joined with a hyphen ("6-week", "70-year"), as an adjective before a noun.</summary>
    public bool Compound { get; init; }

    /// <summary>The value in weeks (durations only).</summary>
    public double Weeks => Value * Scale;
}
