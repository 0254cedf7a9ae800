using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Pricing;

/// <summary>One price in the book: its key (<see cref="PriceIds"/>) and the sourced, dated figure with its range.</summary>
/// <param name="Id">The key a price file names it by, e.g. "gpu.h100.onDemand".</param>
/// <param name="Figure">Name, value, range, unit, source, as-of date and evidence grade.</param>
public sealed record PriceEntry(string Id, Figure Figure);
