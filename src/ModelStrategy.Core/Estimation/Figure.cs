namespace ModelStrategy.Core.Estimation;

/// <summary>A sourced input figure: value, P10–P90 range, unit, source, date read and evidence grade.</summary>
/// <param name="Name">What it is.</param>
/// <param name="Value">The value used.</param>
/// <param name="Low">Low end of its range.</param>
/// <param name="High">High end of its range.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="AsOf">When the source was read.</param>
/// <param name="Grade">A primary, B secondary, C vendor/single report, D derived, U assumption to confirm.</param>
public sealed record Figure(string Name, double Value, double Low, double High, string Unit, string Source, string AsOf, string Grade)
{
    /// <summary>The figure as an uncertain quantity (computed on each read, so a copy made with <c>with</c> gets its own).</summary>
    public Spread Spread => Spread.Range(Value, Low, High);

    /// <summary>The price book entry it is (<see cref="Pricing.PriceIds"/>), when it comes from the book; null for the other figures.</summary>
    public string? PriceId { get; init; }

    /// <summary>The figure as a listed assumption.</summary>
    public Assumption ToAssumption() => new(Name, Value, Unit, Low, High, Source, AsOf, Grade) { PriceId = PriceId };
}
