using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>A store over a SQLite file in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase(string relativeFile = "modelstrategy.db", TimeSpan? retention = null, int spaceMegabytes = 256, TimeSpan? conversationRetention = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Root, relativeFile);
        var options = Options.Create(new StorageOptions
        {
            SqlitePath = FilePath, RecommendationRetention = retention ?? TimeSpan.FromDays(90), RecommendationSpaceMegabytes = spaceMegabytes,
            ConversationRetention = conversationRetention ?? TimeSpan.FromDays(90),
        });
        Database = new SqliteDatabase(options);
        Writer = new SqliteWriter(Database);
        var kept = new RecommendationRetention(options, Clock);
        Store = new SqliteRecommendationStore(Database, Writer, kept);
        Conversations = new SqliteConversationStore(Database, Writer);
        Sweeper = new SqliteRecommendationSweeper(Database, Writer, kept, new SqliteRecommendationSpace(Database, options, Metrics), options);
    }

    /// <summary>This database's own meter (so a listener can tell its instruments from other tests').</summary>
    public ModelStrategy.Core.ChannelSupport.Telemetry.BotMeter Meter { get; } = new();

    /// <summary>The storage gauges the sweeper reports to.</summary>
    public ModelStrategy.Core.ChannelSupport.Telemetry.StorageMetrics Metrics => _metrics ??= new(Meter);

    private ModelStrategy.Core.ChannelSupport.Telemetry.StorageMetrics? _metrics;

    public SqliteConversationStore Conversations { get; }

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
        Meter.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
