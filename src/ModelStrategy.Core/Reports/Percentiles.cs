namespace ModelStrategy.Core.Reports;

/// <summary>An estimate as the report draws it: optimistic, most likely and pessimistic.</summary>
/// <param name="P10">Optimistic (10th percentile).</param>
/// <param name="P50">Most likely.</param>
/// <param name="P90">Pessimistic (90th percentile).</param>
public readonly record struct Percentiles(double P10, double P50, double P90);
