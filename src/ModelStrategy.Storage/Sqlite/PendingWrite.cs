using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// One statement waiting for the group-commit writer. The task completes with the rows the statement changed once
/// its transaction has committed (or faults with that statement's own error); continuations never run on the
/// writer's thread.
/// </summary>
internal sealed class PendingWrite(
    SqliteStatement statement, object?[] values, Func<SqliteDataReader, object>? read, CancellationToken cancellationToken)
    : TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public SqliteStatement Statement { get; } = statement;

    /// <summary>The parameter values, in the order of <see cref="SqliteStatement.Parameters"/>.</summary>
    public object?[] Values { get; } = values;

    /// <summary>The caller's token: a write cancelled before its batch starts is dropped, never run.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// For a statement that returns rows (RETURNING): reads them all, inside the transaction; null for a plain write.
    /// </summary>
    public Func<SqliteDataReader, object>? Read { get; } = read;

    /// <summary>Rows changed by the run inside the current transaction; reported only once it commits.</summary>
    public int Changed { get; set; }

    /// <summary>What <see cref="Read"/> returned in the current transaction; the caller takes it once the task completes.</summary>
    public object? Result { get; set; }
}
