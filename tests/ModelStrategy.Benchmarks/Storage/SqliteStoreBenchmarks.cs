using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Benchmarks.Storage;

/// <summary>
/// What POST /api/recommendations pays after the core: storing one typical recommendation in the SQLite store, alone
/// and with concurrent writers as under load. The file is in a fresh folder under the temp directory (TMPDIR), like
/// tests/load/run-wrk.sh's; on a RAM disk the fsync cost disappears but the write lock does not.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the writer and the database.
public class SqliteStoreBenchmarks
#pragma warning restore CA1001
{
    private const int Writers = 16;

    private readonly CancellationToken _none = CancellationToken.None;
    private string _folder = null!; // All set in GlobalSetup, before any benchmark runs.
    private SqliteDatabase _database = null!;
    private SqliteWriter _writer = null!;
    private SqliteRecommendationStore _store = null!;
    private Recommendation _typical = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("modelstrategy-bench-").FullName;
        var options = Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder, "bench.db") });
        _database = new SqliteDatabase(options);
        _writer = new SqliteWriter(_database);
        _store = new SqliteRecommendationStore(_database, _writer, new RecommendationRetention(Options.Create(new StorageOptions()), TimeProvider.System));
        _typical = new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One insert at a time (new id each time, as every POST does).</summary>
    [Benchmark(Baseline = true)]
    public Task SaveOne() => _store.SaveAsync(_typical with { Id = RecommendationIds.New() }, _none);

    /// <summary>16 inserts started together on the thread pool (group commit shares transactions); time per insert.</summary>
    [Benchmark(OperationsPerInvoke = Writers)]
    public Task SaveConcurrently()
    {
        var saves = new Task[Writers];
        for (var i = 0; i < Writers; i++)
        {
            saves[i] = Task.Run(SaveOne);
        }

        return Task.WhenAll(saves);
    }
}
