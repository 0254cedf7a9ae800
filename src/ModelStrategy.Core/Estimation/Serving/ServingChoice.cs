namespace ModelStrategy.Core.Estimation.Serving;

/// <summary>The serving option picked for a path, its latency and its 12-month cost.</summary>
internal readonly record struct ServingChoice(ServingOption Option, double LatencyMs, Spread AnnualCost, int Gpus, bool Feasible, bool ApiSkippedForCost);
