using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Group commit for every small write to the SQLite file (recommendation rows, conversation saves, delivery claims,
/// inbox leases and changes): one writer drains a bounded queue and runs what is waiting, up to <see cref="MaxBatch"/>
/// statements, in one transaction per batch, with each <see cref="SqliteStatement"/> prepared once on its own
/// connection. Why: docs/PERFORMANCE.md ("Slack turns: small writes share transactions"). Each caller's task completes only after
/// the transaction holding its statement has committed, so nothing is acknowledged that is not stored.
/// </summary>
/// <remarks>
/// <para>A batch takes whatever is queued when the writer gets its turn (no waiting to fill it), so a lone request
/// is written at once and a busy server shares one commit among many requests. Statements run in the order they
/// were queued, each seeing the ones before it, so "insert if absent" and "update if the version matches" decide
/// between callers exactly as they would one transaction each.</para>
/// <para>When a batch fails, it is rolled back and its statements are retried one transaction each, so every
/// caller gets its own statement's outcome. A statement whose caller cancelled before its batch began is dropped,
/// not run.</para>
/// <para>The writer runs on a thread of its own, not the thread pool: it never waits in the pool's queues behind the
/// requests it is to commit, and the callers it completes are queued to the pool in commit order (a pool thread would
/// queue them to its own local queue, where the last one queued runs first).</para>
/// <para>Disposal stops accepting writes, runs everything already queued, then closes the connection.</para>
/// </remarks>
internal sealed class SqliteWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Statements that may wait at once; further callers wait for room (back-pressure, never an unbounded queue).</summary>
    public const int DefaultQueueCapacity = 1024;

    /// <summary>The most statements in one transaction, which bounds how long a batch holds the write turn.</summary>
    public const int MaxBatch = 128;

    // Checkpoints are SqliteCheckpointer's job, off the request path; a WAL that grew (e.g. while a long read held
    // it) is cut back to 256 MB once it restarts.
    private const string WriterPragmas = "PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=268435456;";

    private readonly SqliteDatabase _database;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly Channel<PendingWrite> _queue;

    // One release per queued write (and one at completion): the writer thread sleeps on it while the queue is empty.
    private readonly SemaphoreSlim _queued = new(0);
    private readonly Task _loop;
    private readonly Dictionary<SqliteStatement, SqliteCommand> _prepared = [];
    private SqliteConnection? _connection;
    private long _batches;

    public SqliteWriter(SqliteDatabase database)
        : this(database, DefaultQueueCapacity)
    {
    }

    /// <summary>Tests use a small <paramref name="queueCapacity"/> to see back-pressure.</summary>
    internal SqliteWriter(SqliteDatabase database, int queueCapacity)
    {
        _database = database;
        _checkpointer = new SqliteCheckpointer(database);
        _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(queueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = StartThread();
    }

    /// <summary>Transactions committed so far (a batch that fell back to one transaction per statement counts once per success).</summary>
    internal long BatchesCommitted => Interlocked.Read(ref _batches);

    /// <summary>The background checkpointer this writer feeds.</summary>
    internal SqliteCheckpointer Checkpointer => _checkpointer;

    /// <summary>Statements queued and not yet taken into a batch.</summary>
    internal int Queued => _queue.Reader.Count;

    /// <summary>
    /// Queues one statement and completes, with the number of rows it changed, when its transaction has committed;
    /// faults with the statement's own error.
    /// </summary>
    /// <param name="statement">What to run.</param>
    /// <param name="values">The parameter values in the statement's order (null stores NULL).</param>
    /// <param name="cancellationToken">Cancels the wait for room, and the write itself until its batch begins.</param>
    /// <exception cref="ArgumentException">The number of values does not match the statement's parameters.</exception>
    /// <exception cref="ObjectDisposedException">The writer is shutting down.</exception>
    public Task<int> ExecuteAsync(SqliteStatement statement, object?[] values, CancellationToken cancellationToken)
    {
        CheckValues(statement, values);
        return QueueAsync(new PendingWrite(statement, values, read: null, cancellationToken));
    }

    /// <summary>
    /// Queues one statement that returns rows (UPDATE … RETURNING) and completes with what <paramref name="read"/>
    /// made of them once its transaction has committed. <paramref name="read"/> runs on the writer's thread inside
    /// the transaction, and runs again if the batch is retried, so it must only read the rows into a new result.
    /// </summary>
    /// <exception cref="ArgumentException">The number of values does not match the statement's parameters.</exception>
    /// <exception cref="ObjectDisposedException">The writer is shutting down.</exception>
    public async Task<T> QueryAsync<T>(SqliteStatement statement, object?[] values, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        CheckValues(statement, values);
        var pending = new PendingWrite(statement, values, read, cancellationToken); // T is a class: the delegate converts as is
        await QueueAsync(pending).ConfigureAwait(false);
        return (T)pending.Result!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_queue.Writer.TryComplete())
        {
            _queued.Release();
        }

        await _loop.ConfigureAwait(false);
        await _checkpointer.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void CheckValues(SqliteStatement statement, object?[] values)
    {
        if (values.Length != statement.Parameters.Count)
        {
            throw new ArgumentException($"The statement takes {statement.Parameters.Count} values, not {values.Length}.", nameof(values));
        }
    }

    private async Task<int> QueueAsync(PendingWrite pending)
    {
        var cancellationToken = pending.CancellationToken;
        if (!_queue.Writer.TryWrite(pending))
        {
            try
            {
                await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException ex)
            {
                throw new ObjectDisposedException("The SQLite writer has shut down.", ex);
            }
        }

        _queued.Release();
        return await pending.Task.ConfigureAwait(false);
    }

    private Task StartThread()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run();
                done.SetResult();
            }
#pragma warning disable CA1031 // Whatever ends the loop belongs to DisposeAsync's caller.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "SQLite writer",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>The writer thread: sleeps until something is queued, writes batches until the queue is empty, and ends once it is completed and drained.</summary>
    private void Run()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingWrite>(MaxBatch);
        try
        {
            while (true)
            {
                _queued.Wait();
                while (reader.Count > 0)
                {
                    WriteNextBatch(reader, batch);
                    batch.Clear();
                }

                if (reader.Completion.IsCompleted)
                {
                    return;
                }
            }
        }
        finally
        {
            CloseConnection();
        }
    }

    private void WriteNextBatch(ChannelReader<PendingWrite> reader, List<PendingWrite> batch)
    {
        IDisposable turn;
        try
        {
            turn = _database.EnterWrite();
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
            Commit(batch);
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

    private void Commit(List<PendingWrite> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            WriteTransaction(batch);
            foreach (var pending in batch)
            {
                pending.TrySetResult(pending.Changed);
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

        // The batch was rolled back: retry each statement alone so every caller gets its own outcome.
        var single = new List<PendingWrite>(1);
        foreach (var pending in batch)
        {
            single.Add(pending);
            Commit(single);
            single.Clear();
        }
    }

    private void WriteTransaction(List<PendingWrite> batch)
    {
        var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var pages = 0;
        foreach (var pending in batch)
        {
            var command = Prepared(connection, pending.Statement);
            command.Transaction = transaction;
            for (var i = 0; i < pending.Values.Length; i++)
            {
                command.Parameters[i].Value = pending.Values[i] ?? DBNull.Value;
            }

            if (pending.Read is { } read)
            {
                using var reader = command.ExecuteReader();
                pending.Result = read(reader);
            }
            else
            {
                pending.Changed = command.ExecuteNonQuery();
            }

            pages += pending.Statement.Pages;
        }

        transaction.Commit();
        Interlocked.Increment(ref _batches);
        _checkpointer.PagesWritten(pages);
    }

    /// <summary>The writer's own connection, (re)opened on first use and after a failure.</summary>
    private SqliteConnection Connect()
    {
        if (_connection is not null)
        {
            return _connection;
        }

        // On the writer's own thread (no synchronization context): opening is synchronous underneath anyway.
        var connection = _database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = WriterPragmas;
                pragmas.ExecuteNonQuery();
            }

            _connection = connection;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The statement's command on the writer's connection, prepared on its first run.</summary>
    private SqliteCommand Prepared(SqliteConnection connection, SqliteStatement statement)
    {
        if (_prepared.TryGetValue(statement, out var command))
        {
            return command;
        }

        command = SqliteCommands.Prepare(connection, statement.Sql, statement.Parameters);
        _prepared.Add(statement, command);
        return command;
    }

    private void CloseConnection()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
