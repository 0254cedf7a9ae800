using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Moves WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that crosses
/// 1,000 WAL pages and syncs the WAL and the database file, stalling every request waiting behind that commit.
/// The group-commit writer turns the automatic checkpoint off on its connection and calls
/// <see cref="PagesWritten"/> with each commit's estimate (<see cref="SqliteStatement.Pages"/>); every
/// <see cref="PagesPerCheckpoint"/> pages this class checkpoints from a connection of its own, in the background:
/// <list type="number">
/// <item>a PASSIVE checkpoint without the write turn: it copies the WAL into the database and syncs both while the
/// writer keeps committing;</item>
/// <item>once the WAL holds more than <see cref="ResetFrames"/> frames, a second PASSIVE checkpoint with the write
/// turn held, which only has the few frames written meanwhile left to copy. The WAL is then fully checkpointed, so
/// the next commit starts it again from the beginning and the file stops growing.</item>
/// </list>
/// After each PASSIVE pass this class also syncs the database file itself: SQLite syncs it only after a pass that
/// reached the WAL's end, which continuous writes rarely allow, so tens of megabytes of copied pages otherwise waited
/// in the page cache for the reset pass to sync them with the write turn held (docs/PERFORMANCE.md, "Where the
/// API's time goes").
/// Durability is unchanged: commits are exactly as durable as before, and checkpoints still sync. Connections other
/// than the writer's keep SQLite's automatic checkpoint as a safety net. What it costs and saves:
/// docs/PERFORMANCE.md ("Storage: group commit and background checkpoints").
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>SQLite's own automatic checkpoint size (1,000 pages), rounded.</summary>
    public const int PagesPerCheckpoint = 1024;

    /// <summary>
    /// WAL frames (4 KB pages) beyond which the WAL is reset: 256 MB, the writer's <c>journal_size_limit</c>. A
    /// reset holds the write turn for a sync of the database and the WAL, so it must be rare; a WAL that had a quiet
    /// moment restarts by itself. Why this size: docs/PERFORMANCE.md.
    /// </summary>
    public const int ResetFrames = 65536;

    private readonly SqliteDatabase _database;
    private readonly SemaphoreSlim _due = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private int _pagesSinceCheckpoint;
    private long _checkpoints;
    private long _resets;
    private int _disposed;
    private readonly Lock _databaseFileGate = new();
    private FileStream? _databaseFile;
    private long _databaseSyncs;

    public SqliteCheckpointer(SqliteDatabase database)
    {
        _database = database;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Background checkpoints run so far.</summary>
    internal long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Checkpoints that ran with the write turn held to let the WAL start again.</summary>
    internal long Resets => Interlocked.Read(ref _resets);

    /// <summary>Syncs of the database file this class ran itself, after a PASSIVE pass.</summary>
    internal long DatabaseSyncs => Interlocked.Read(ref _databaseSyncs);

    /// <summary>Counts pages committed (an estimate); wakes the checkpointer every <see cref="PagesPerCheckpoint"/> pages.</summary>
    public void PagesWritten(int pages)
    {
        if (Interlocked.Add(ref _pagesSinceCheckpoint, pages) >= PagesPerCheckpoint && _due.CurrentCount == 0)
        {
            try
            {
                _due.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already due: one wake-up is enough.
            }
        }
    }

    /// <summary>
    /// One checkpoint: PASSIVE without the write turn, then, when the WAL holds more than
    /// <paramref name="resetFrames"/> frames, PASSIVE again with the write turn held. Returns the WAL frames left.
    /// </summary>
    internal async Task<long> CheckpointAsync(int resetFrames, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _pagesSinceCheckpoint, 0);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var (frames, copied) = Passive(connection);
            SyncDatabaseFile();
            Interlocked.Increment(ref _checkpoints);
            if (frames <= resetFrames)
            {
                return frames - copied;
            }

            using (await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false))
            {
                (frames, copied) = Passive(connection);
            }

            Interlocked.Increment(ref _resets);
            return frames - copied;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        // Closing a second descriptor of the file drops this process's POSIX locks on it (SQLite's own warning): it
        // happens here only, as the store shuts down, and the SQLite store is one process per file.
        if (_databaseFile is { } file)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _due.Dispose();
    }

    private async Task RunAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _due.WaitAsync(stopping).ConfigureAwait(false);
                await CheckpointAsync(ResetFrames, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is SqliteException or IOException or ObjectDisposedException)
            {
                // A failed checkpoint loses nothing: the rows are in the WAL, and the next one (or SQLite's automatic
                // checkpoint on the other connections) catches up.
            }
        }
    }

    /// <summary>
    /// fsyncs the database file through a descriptor of this class's own, kept open until dispose (never closed
    /// while the store runs), so the pages the last pass copied reach the disk without the write turn. An in-memory
    /// database has no file and nothing to sync.
    /// </summary>
    private void SyncDatabaseFile()
    {
        FileStream? file;
        // One descriptor only, even if a direct call (tests) races the background loop: closing a second one would
        // drop the locks. Read-write only because .NET syncs a writable stream alone; nothing is written through it.
        lock (_databaseFileGate)
        {
            file = _databaseFile ??= File.Exists(_database.FilePath)
                ? new FileStream(_database.FilePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0)
                : null;
        }

        if (file is null)
        {
            return;
        }

        file.Flush(flushToDisk: true);
        Interlocked.Increment(ref _databaseSyncs);
    }

    /// <summary>Runs PRAGMA wal_checkpoint(PASSIVE): the WAL's frames and how many of them are in the database now.</summary>
    private static (long Frames, long Copied) Passive(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(1), reader.GetInt64(2));
    }
}
