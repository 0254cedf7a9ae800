using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Group commit for recommendation rows: one writer drains a bounded queue and stores everything waiting in one
/// transaction per batch, with one prepared statement on its own connection. Each caller's task completes only
/// after the transaction holding its row has committed, so nothing is acknowledged that is not stored.
/// </summary>
/// <remarks>
/// <para>A batch takes whatever is queued when the writer gets its turn (no waiting to fill it), so a lone request
/// is written at once and a busy server shares one commit among many requests.</para>
/// <para>When a batch fails, it is rolled back and its rows are retried one transaction each, so every caller gets
/// its own row's outcome. A row whose caller cancelled before its batch began is dropped, not written.</para>
/// <para>Disposal stops accepting rows, writes everything already queued, then closes the connection.</para>
/// </remarks>
internal sealed class SqliteRecommendationWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Rows that may wait at once; further callers wait for room (back-pressure, never an unbounded queue).</summary>
    public const int DefaultQueueCapacity = 1024;

    /// <summary>The most rows in one transaction, which bounds how long a batch holds the write turn.</summary>
    public const int MaxBatch = 128;

    private const string UpsertSql = """
        INSERT INTO recommendations (id, created_at, json) VALUES ($id, $createdAt, $json)
        ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, json = excluded.json;
        """;

    // Checkpoints are SqliteCheckpointer's job, off the request path; a WAL that grew (e.g. while a long read held
    // it) is cut back to 64 MB once it restarts.
    private const string WriterPragmas = "PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=268435456;";

    private readonly SqliteDatabase _database;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly Channel<PendingWrite> _queue;
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private SqliteCommand? _upsert;
    private long _batches;

    public SqliteRecommendationWriter(SqliteDatabase database)
        : this(database, DefaultQueueCapacity)
    {
    }

    /// <summary>Tests use a small <paramref name="queueCapacity"/> to see back-pressure.</summary>
    internal SqliteRecommendationWriter(SqliteDatabase database, int queueCapacity)
    {
        _database = database;
        _checkpointer = new SqliteCheckpointer(database);
        _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(queueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far (a batch that fell back to one transaction per row counts once).</summary>
    internal long BatchesCommitted => Interlocked.Read(ref _batches);

    /// <summary>The background checkpointer this writer feeds.</summary>
    internal SqliteCheckpointer Checkpointer => _checkpointer;

    /// <summary>Rows queued and not yet taken into a batch.</summary>
    internal int Queued => _queue.Reader.Count;

    /// <summary>Queues one row and completes when it is committed; faults with the row's own error.</summary>
    /// <exception cref="ObjectDisposedException">The writer is shutting down.</exception>
    public async Task WriteAsync(string id, string createdAt, byte[] utf8Json, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(id, createdAt, utf8Json, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
        {
            try
            {
                await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException ex)
            {
                throw new ObjectDisposedException("The recommendation writer has shut down.", ex);
            }
        }

        await pending.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await _checkpointer.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingWrite>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                await WriteNextBatchAsync(reader, batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
        finally
        {
            CloseConnection();
        }
    }

    private async Task WriteNextBatchAsync(ChannelReader<PendingWrite> reader, List<PendingWrite> batch)
    {
        IDisposable turn;
        try
        {
            turn = await _database.EnterWriteAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException ex)
        {
            // Only if the database was disposed before this writer (a wiring error): fail the rows, never hang them.
            TakeBatch(reader, batch);
            batch.ForEach(pending => pending.TrySetException(ex));
            return;
        }

        using (turn)
        {
            // Taken once the turn is ours: everything that queued up meanwhile joins this batch.
            TakeBatch(reader, batch);
            await CommitAsync(batch).ConfigureAwait(false);
        }
    }

    private static void TakeBatch(ChannelReader<PendingWrite> reader, List<PendingWrite> batch)
    {
        while (batch.Count < MaxBatch && reader.TryRead(out var pending))
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.TrySetCanceled(pending.CancellationToken);
            }
            else
            {
                batch.Add(pending);
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await WriteTransactionAsync(batch).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                pending.TrySetResult();
            }

            return;
        }
#pragma warning disable CA1031 // Every failure belongs to the callers waiting on this batch; the writer must live on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            CloseConnection();
            if (batch.Count == 1)
            {
                batch[0].TrySetException(ex);
                return;
            }
        }

        // The batch was rolled back: retry each row alone so every caller gets its own row's outcome.
        var single = new List<PendingWrite>(1);
        foreach (var pending in batch)
        {
            single.Add(pending);
            await CommitAsync(single).ConfigureAwait(false);
            single.Clear();
        }
    }

    private async Task WriteTransactionAsync(List<PendingWrite> batch)
    {
        var upsert = await PrepareAsync().ConfigureAwait(false);
        using var transaction = upsert.Connection!.BeginTransaction();
        upsert.Transaction = transaction;
        foreach (var pending in batch)
        {
            upsert.Parameters[0].Value = pending.Id;
            upsert.Parameters[1].Value = pending.CreatedAt;
            upsert.Parameters[2].Value = pending.Utf8Json;
            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
        Interlocked.Increment(ref _batches);
        _checkpointer.RowsCommitted(batch.Count);
    }

    /// <summary>The writer's own connection and prepared statement, (re)opened on first use and after a failure.</summary>
    private async Task<SqliteCommand> PrepareAsync()
    {
        if (_upsert is not null)
        {
            return _upsert;
        }

        var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = WriterPragmas;
                pragmas.ExecuteNonQuery();
            }

            var upsert = connection.CreateCommand();
            upsert.CommandText = UpsertSql;
            upsert.Parameters.Add("$id", SqliteType.Text);
            upsert.Parameters.Add("$createdAt", SqliteType.Text);
            upsert.Parameters.Add("$json", SqliteType.Blob);
            upsert.Prepare();
            (_connection, _upsert) = (connection, upsert);
            return upsert;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void CloseConnection()
    {
        _upsert?.Dispose();
        _connection?.Dispose();
        (_upsert, _connection) = (null, null);
    }
}
