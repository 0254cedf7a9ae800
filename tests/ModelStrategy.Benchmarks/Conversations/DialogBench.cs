using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Benchmarks.Conversations;

/// <summary>
/// The conversation engine over a SQLite file in a fresh temp folder, as the host wires it (default options, system
/// clock). Each conversation gets a new key so a benchmark never reads a state grown by earlier iterations.
/// </summary>
internal sealed class DialogBench : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SqliteWriter _writer;
    private long _next;

    /// <summary>Creates the database file under <paramref name="folder"/> and the engine over it.</summary>
    public DialogBench(string folder)
    {
        _database = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = Path.Combine(folder, "dialog.db") }));
        _writer = new SqliteWriter(_database);
        Engine = new ConversationEngine(
            new SqliteConversationStore(_database, _writer),
            new RecommendationService(TimeProvider.System),
            new SqliteRecommendationStore(_database, _writer, new RecommendationRetention(Options.Create(new StorageOptions()), TimeProvider.System)),
            Options.Create(new ConversationOptions()),
            TimeProvider.System);
    }

    /// <summary>The engine under test.</summary>
    public ConversationEngine Engine { get; }

    /// <summary>A key no earlier call used (a personal Teams-like chat).</summary>
    public ConversationKey NewKey() => ConversationKey.Personal("bench", "tenant", "user-" + Interlocked.Increment(ref _next));

    /// <summary>A typed message with a fresh delivery id.</summary>
    public TextMessageInput Text(ConversationKey key, string text)
    {
        var id = "d" + Interlocked.Increment(ref _next);
        return new TextMessageInput { Key = key, Actor = new Actor("user", "User"), DeliveryId = id, MessageId = id, Text = text };
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
