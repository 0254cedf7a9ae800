using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>A store over a SQLite file in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase(string relativeFile = "modelstrategy.db")
    {
        Root = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Root, relativeFile);
        Database = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = FilePath }));
        Writer = new SqliteRecommendationWriter(Database);
        Store = new SqliteRecommendationStore(Database, Writer);
    }

    public string Root { get; }

    public string FilePath { get; }

    public SqliteDatabase Database { get; }

    public SqliteRecommendationWriter Writer { get; }

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
