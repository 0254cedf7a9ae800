using BenchmarkDotNet.Running;
using ModelStrategy.Benchmarks;
using ModelStrategy.Benchmarks.CpuTime;

// dotnet run -c Release --project tests/ModelStrategy.Benchmarks -- --filter '*' [--inProcess]   (docs/PERFORMANCE.md)
// dotnet run -c Release --project tests/ModelStrategy.Benchmarks -- cpu [workload...]   (CPU time per operation)
if (args.Length > 0 && args[0] == "cpu")
{
    return await CpuTimeRunner.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(PerfConfig.ForSwitcher(args), PerfConfig.Create(args));
return 0;
