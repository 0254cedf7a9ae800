using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Opens connections to the SQLite file. The first successful open creates the directory, switches the file to
/// WAL mode and creates (or completes) the schema; a failed first open is retried on the next call. Every connection runs with
/// synchronous=NORMAL, the setting SQLite recommends with WAL: commits stay atomic and the file never corrupts, an
/// application crash loses nothing, and only a power loss can undo the last commits; it saves an fsync per write
/// (docs/PERFORMANCE.md, "Numbers that were in code comments").
/// </summary>
internal sealed class SqliteDatabase(IOptions<StorageOptions> options) : IDisposable
{
    // Migrations are additive and idempotent ("IF NOT EXISTS", and recommendations.audience added when missing: rows of
    // older builds have none, so nobody may read them in full; recommendations.requested_by too, so they are nobody's own;
    // inbox.owner too: an older build's item has no owner and is taken up when its lease runs out), so a file made by an
    // older build opens as is (recommendations_by_audience, for the recent ones of a team, is built after its column):
    // recommendations_by_created_at and conversations_by_updated_at (retention sweep) are built on the first start that
    // lacks them. A new file is made
    // with auto_vacuum=INCREMENTAL so the sweeper can hand freed pages back; an older file keeps auto_vacuum=NONE
    // (switching needs a full VACUUM, see docs/OPERATIONS.md) and reuses freed pages for new rows instead.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS recommendations (
            id TEXT NOT NULL PRIMARY KEY,
            created_at TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS recommendations_by_created_at ON recommendations (created_at);
        CREATE TABLE IF NOT EXISTS conversations (
            conversation_key TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS conversations_by_updated_at ON conversations (updated_at);
        CREATE TABLE IF NOT EXISTS deliveries (
            delivery_key TEXT NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS deliveries_by_expiry ON deliveries (expires_at);
        CREATE TABLE IF NOT EXISTS inbox (
            item_key TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            progress TEXT NULL,
            attempts INTEGER NOT NULL,
            leased_until INTEGER NOT NULL,
            owner TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS inbox_by_lease ON inbox (leased_until);
        CREATE TABLE IF NOT EXISTS review_reminders (
            reminder_id TEXT NOT NULL PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            leased_until INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS review_reminders_by_lease ON review_reminders (leased_until);
        CREATE INDEX IF NOT EXISTS review_reminders_by_conversation ON review_reminders (conversation_key);
        CREATE TABLE IF NOT EXISTS outcomes (
            recommendation_id TEXT NOT NULL PRIMARY KEY,
            audience TEXT NULL,
            chosen_at INTEGER NOT NULL,
            choice TEXT NOT NULL,
            actuals TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS outcomes_by_audience ON outcomes (audience, chosen_at);
        """;

    private readonly SemaphoreSlim _initLock = new(1, 1);

    // SQLite has one writer at a time; queueing writers here is far cheaper than SQLite's busy-wait sleeps,
    // which under load turned into tail latencies of hundreds of milliseconds.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly string _path = Path.GetFullPath(options.Value.SqlitePath);

    // Built once: the pool is keyed by this string, and building it on every open showed in profiles.
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.SqlitePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    // The underlying SQLite connections already set up (see OpenConnectionAsync); a closed one drops out with its handle.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];
    private readonly object _configuredMark = new();
    private volatile bool _initialized;
    private SqliteReaders? _readers;

    /// <summary>The full path of the database file.</summary>
    public string FilePath => _path;

    /// <summary>An open connection (one per operation; pooled underneath) with the schema in place.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The hot reads, on connections kept open with their commands compiled (<see cref="SqliteReaders"/>).</summary>
    public SqliteReaders Readers => _readers ?? CreateReaders();

    /// <summary>Waits for this process's turn to write; dispose the result to let the next writer in.</summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(_writeGate);
    }

    /// <summary>Waits, blocking the calling thread, for this process's turn to write (the group-commit writer's own thread).</summary>
    public IDisposable EnterWrite()
    {
        _writeGate.Wait();
        return new WriteTurn(_writeGate);
    }

    public void Dispose()
    {
        _readers?.Dispose();
        _initLock.Dispose();
        _writeGate.Dispose();
    }

    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private SqliteReaders CreateReaders()
    {
        var created = new SqliteReaders(OpenAsync);
        if (Interlocked.CompareExchange(ref _readers, created, null) is { } existing)
        {
            created.Dispose();
            return existing;
        }

        return created;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var directory = Path.GetDirectoryName(_path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // Only a new, empty file takes auto_vacuum; on an existing one the pragma changes nothing (see Schema).
                await ExecuteAsync(connection, "PRAGMA auto_vacuum=INCREMENTAL;", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
                await AddColumnAsync(connection, "recommendations", "audience", "TEXT NULL", cancellationToken).ConfigureAwait(false);
                await AddColumnAsync(connection, "inbox", "owner", "TEXT NULL", cancellationToken).ConfigureAwait(false);
                await AddColumnAsync(connection, "recommendations", "requested_by", "TEXT NULL", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "CREATE INDEX IF NOT EXISTS recommendations_by_audience ON recommendations (audience, created_at);", cancellationToken)
                    .ConfigureAwait(false);
            }

            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The pool hands the same SQLite connection out again: set it up once, not on every open (a statement per read).
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken).ConfigureAwait(false);
                _configured.AddOrUpdate(handle, _configuredMark);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds a column a file made by an older build lacks (SQLite has no ADD COLUMN IF NOT EXISTS).</summary>
    private static async Task AddColumnAsync(SqliteConnection connection, string table, string column, string definition, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}';";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
            {
                return;
            }
        }

        await ExecuteAsync(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition};", cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
