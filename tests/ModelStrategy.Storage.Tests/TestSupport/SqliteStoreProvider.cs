using Microsoft.Data.Sqlite;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>The SQLite provider over a file in a fresh temporary directory, deleted afterwards.</summary>
public sealed class SqliteStoreProvider : StoreProvider
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = StorageOptions.SqliteProvider,
        ["Storage:SqlitePath"] = Path.Combine(_root, "modelstrategy.db"),
    };

    protected override Type ConversationStoreType => typeof(SqliteConversationStore);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
