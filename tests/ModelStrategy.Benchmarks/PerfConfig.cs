using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ModelStrategy.Benchmarks;

/// <summary>
/// One short job sized for a 2-core box: 1 launch, 6 warm-up and 15 measured iterations (each iteration still runs
/// the operation thousands of times). Median and P95 are always shown; allocations come from the memory diagnoser.
/// A <c>--job</c> (or <c>-j</c>) on the command line is used instead of this job. <c>--inProcess</c> runs this job in
/// the benchmark process (no generated project to build, which can time out on a busy machine); it is taken out of the
/// arguments BenchmarkDotNet sees, which would otherwise add a second, default job.
/// </summary>
internal static class PerfConfig
{
    public const int WarmupCount = 6;
    public const int IterationCount = 15;

    public const string InProcess = "--inProcess";

    /// <summary>The arguments for BenchmarkDotNet: all but <see cref="InProcess"/>, which <see cref="Create"/> handles.</summary>
    public static string[] ForSwitcher(IReadOnlyList<string> args) => JobGiven(args) ? [.. args] : [.. args.Where(a => a != InProcess)];

    public static IConfig Create(IReadOnlyList<string> args)
    {
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddDiagnoser(MemoryDiagnoser.Default);
        return JobGiven(args)
            ? config
            : config.AddJob(ShortJob(inProcess: args.Contains(InProcess)));
    }

    private static bool JobGiven(IReadOnlyList<string> args) => args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));

    private static Job ShortJob(bool inProcess)
    {
        var job = Job.Default.WithId("Short2Core").WithLaunchCount(1).WithWarmupCount(WarmupCount).WithIterationCount(IterationCount);
        return inProcess ? job.WithToolchain(InProcessEmitToolchain.Instance) : job;
    }
}
