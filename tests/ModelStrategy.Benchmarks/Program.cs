using BenchmarkDotNet.Running;
using ModelStrategy.Benchmarks;

// dotnet run -c Release --project tests/ModelStrategy.Benchmarks -- --filter '*'   (docs/PERFORMANCE.md)
BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args, PerfConfig.Create(args));
