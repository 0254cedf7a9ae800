using BenchmarkDotNet.Attributes;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Benchmarks.Conversations;

/// <summary>
/// One guided dialog turn end to end in-process: the engine reads the conversation from SQLite, applies the input,
/// builds the reply cards and saves with the version it read. No channel rendering and no HTTP (see the card
/// benchmarks and tests/load/run-turns.sh for those). The database file is in a fresh folder under TMPDIR.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // The bench is disposed in GlobalCleanup, which BenchmarkDotNet always runs.
public class DialogTurnBenchmarks
#pragma warning restore CA1001
{
    private readonly CancellationToken _none = CancellationToken.None;
    private string _folder = null!; // All set in GlobalSetup, before any benchmark runs.
    private DialogBench _bench = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("modelstrategy-bench-").FullName;
        _bench = new DialogBench(_folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bench.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>"start" in a new conversation: a store miss, the first question card, one insert.</summary>
    [Benchmark(Baseline = true)]
    public Task<ConversationReply> StartDialog() => _bench.Engine.HandleAsync(_bench.Text(_bench.NewKey(), "start"), _none);

    /// <summary>
    /// "start" then the typed answer to the first question in a new conversation; the time shown is per turn, and
    /// the second turn is the mid-dialog one (read an existing state, parse the answer, plan the next step, update).
    /// </summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<ConversationReply> StartThenAnswer()
    {
        var key = _bench.NewKey();
        await _bench.Engine.HandleAsync(_bench.Text(key, "start"), _none).ConfigureAwait(false);
        return await _bench.Engine.HandleAsync(_bench.Text(key, "knowledge"), _none).ConfigureAwait(false);
    }
}
