using ModelStrategy.Benchmarks.Conversations;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Benchmarks.CpuTime;

/// <summary>
/// Guided dialog turns through the engine over SQLite, as tests/load/run-sdk-compare.sh sends them: conversations taken
/// in turn, each going round "restart", "knowledge", "weekly" (a fresh dialog, then its first two answers); 16
/// conversations at once, like connections. One op is one turn.
/// </summary>
internal sealed class DialogCycle : ICpuWorkload
{
    private const int Conversations = 2_000;
    private const int Concurrent = 16;
    private static readonly string[] Texts = ["restart", "knowledge", "weekly"];
    private readonly string _folder = Directory.CreateTempSubdirectory("modelstrategy-cpu-").FullName;
    private readonly DialogBench _bench;
    private readonly ConversationKey[] _keys;
    private readonly int[] _step = new int[Conversations];
    private int _next;

    public DialogCycle(int opsPerRound)
    {
        OpsPerRound = opsPerRound;
        _bench = new DialogBench(_folder);
        _keys = [.. Enumerable.Range(0, Conversations).Select(_ => _bench.NewKey())];
    }

    public int OpsPerRound { get; }

    public async Task RunAsync(int ops)
    {
        var left = ops;
        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(async _ =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                // Each worker takes the next conversation; with far more conversations than workers, one is never in two turns at once.
                var conversation = (Interlocked.Increment(ref _next) & int.MaxValue) % Conversations;
                var text = Texts[_step[conversation]++ % Texts.Length];
                await _bench.Engine.HandleAsync(_bench.Text(_keys[conversation], text), CancellationToken.None).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _bench.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
