using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The hot reads (a conversation by key, a recommendation by id) on connections kept open, each with its commands
/// compiled once, instead of opening a pooled connection and compiling the SQL on every call (docs/PERFORMANCE.md,
/// issue 20). A connection serves one read at a time; up to <see cref="MaxIdle"/> idle ones are kept. A read leaves
/// no transaction open (its reader is disposed, which resets the statement), so idle connections never hold up a
/// checkpoint; a connection whose read failed is closed, not kept.
/// </summary>
internal sealed class SqliteReaders(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    /// <summary>Idle connections kept; more at once are opened, used and closed.</summary>
    public const int MaxIdle = 8;

    private readonly ConcurrentBag<Reader> _idle = [];
    private int _disposed;

    /// <summary>
    /// Runs <paramref name="sql"/> with the named <paramref name="parameters"/> (always the same names, in the same
    /// order, for one SQL text) and returns what <paramref name="read"/> makes of its rows.
    /// </summary>
    public async Task<T> ReadAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reader = _idle.TryTake(out var idle) ? idle : new Reader(await open(cancellationToken).ConfigureAwait(false));
        T result;
        try
        {
            var command = reader.Command(sql, parameters);
            for (var i = 0; i < parameters.Length; i++)
            {
                command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            using var rows = command.ExecuteReader();
            result = read(rows);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        if (_idle.Count < MaxIdle)
        {
            _idle.Add(reader);
        }
        else
        {
            reader.Dispose();
        }

        // A read that ends while the database is being disposed must not leave its connection behind.
        if (Volatile.Read(ref _disposed) != 0)
        {
            CloseIdle();
        }

        return result;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    /// <summary>One open connection and its compiled commands by SQL text.</summary>
    private sealed class Reader(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
        {
            if (_commands.TryGetValue(sql, out var command))
            {
                return command;
            }

            command = SqliteCommands.Prepare(connection, sql, parameters.Select(p => p.Name));
            _commands.Add(sql, command);
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            connection.Dispose();
        }
    }
}
