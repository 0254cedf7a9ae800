using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ModelStrategy.Benchmarks;

/// <summary>
/// One short job sized for a 2-core box: 1 launch, 6 warm-up and 15 measured iterations (each iteration still runs
/// the operation thousands of times). Median and P95 are always shown; allocations come from the memory diagnoser.
/// A <c>--job</c> (or <c>-j</c>) on the command line is used instead of this job.
/// </summary>
internal static class PerfConfig
{
    public const int WarmupCount = 6;
    public const int IterationCount = 15;

    public static IConfig Create(IReadOnlyList<string> args)
    {
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddDiagnoser(MemoryDiagnoser.Default);
        var jobGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobGiven
            ? config
            : config.AddJob(Job.Default.WithId("Short2Core").WithLaunchCount(1).WithWarmupCount(WarmupCount).WithIterationCount(IterationCount));
    }
}
