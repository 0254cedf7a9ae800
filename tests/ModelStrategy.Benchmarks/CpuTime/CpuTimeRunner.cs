using System.Diagnostics;
using System.Globalization;

namespace ModelStrategy.Benchmarks.CpuTime;

/// <summary>
/// Process CPU time (user + system) and allocated bytes per operation, for a shared machine where wall-clock
/// benchmarks are disturbed by other jobs: CPU time counts only this process's work (docs/PERFORMANCE.md).
/// Each workload runs a warm-up round, then <see cref="Rounds"/> measured rounds; the median round is reported.
/// </summary>
internal static class CpuTimeRunner
{
    private const int Rounds = 7;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var names = args.Count > 0 ? args : [.. CpuWorkloads.All.Keys];
        Console.WriteLine("workload | ops/round | CPU µs/op (median of 7) | min | max | allocated B/op | wall µs/op | gen0 GCs per 1,000 ops");
        foreach (var name in names)
        {
            if (!CpuWorkloads.All.TryGetValue(name, out var factory))
            {
                Console.Error.WriteLine($"unknown workload {name}; known: {string.Join(", ", CpuWorkloads.All.Keys)}");
                return 2;
            }

            await using var workload = factory();
            await workload.RunAsync(workload.OpsPerRound); // warm-up (tiered JIT, pools, files)
            var rounds = new List<(double Cpu, double Alloc, double Wall, double Gen0)>();
            for (var i = 0; i < Rounds; i++)
            {
                rounds.Add(await MeasureAsync(workload));
                if (workload.Describe() is { Length: > 0 } extra)
                {
                    Console.WriteLine($"  round {i + 1}: {extra}");
                }
            }

            var cpu = rounds.Select(r => r.Cpu).Order().ToArray();
            var median = rounds.OrderBy(r => r.Cpu).ElementAt(Rounds / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} | {workload.OpsPerRound} | {median.Cpu:0.0} | {cpu[0]:0.0} | {cpu[^1]:0.0} | {median.Alloc:N0} | {median.Wall:0.0} | {median.Gen0:0.0}"));
        }

        return 0;
    }

    private static async Task<(double Cpu, double Alloc, double Wall, double Gen0)> MeasureAsync(ICpuWorkload workload)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        await workload.RunAsync(workload.OpsPerRound);
        wall.Stop();
        var alloc1 = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        var ops = (double)workload.OpsPerRound;
        var collections = GC.CollectionCount(0) - gen0;
        return ((cpu1 - cpu0).TotalMicroseconds / ops, (alloc1 - alloc0) / ops, wall.Elapsed.TotalMicroseconds / ops, collections * 1000 / ops);
    }
}
