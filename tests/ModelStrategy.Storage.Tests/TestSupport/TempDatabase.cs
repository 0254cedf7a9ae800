using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>A store over a SQLite file in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase(string relativeFile = "modelstrategy.db", TimeSpan? retention = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Root, relativeFile);
        var options = Options.Create(new StorageOptions { SqlitePath = FilePath, RecommendationRetention = retention ?? TimeSpan.FromDays(90) });
        Database = new SqliteDatabase(options);
        Writer = new SqliteWriter(Database);
        var kept = new RecommendationRetention(options, Clock);
        Store = new SqliteRecommendationStore(Database, Writer, kept);
        Sweeper = new SqliteRecommendationSweeper(Database, Writer, kept);
    }

    /// <summary>The clock the store and the sweeper read; starts at <see cref="TestClock.Start"/>.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

    public SqliteRecommendationSweeper Sweeper { get; }

    public string Root { get; }

    public string FilePath { get; }

    public SqliteDatabase Database { get; }

    public SqliteWriter Writer { get; }

    public SqliteRecommendationStore Store { get; }

    public void Dispose()
    {
        Writer.Dispose();
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
