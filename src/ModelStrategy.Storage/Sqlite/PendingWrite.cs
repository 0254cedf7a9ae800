namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// One recommendation row waiting for the group-commit writer. The task completes when the row's transaction has
/// committed (or faults with that row's own error); continuations never run on the writer's thread.
/// </summary>
internal sealed class PendingWrite(string id, string createdAt, byte[] utf8Json, CancellationToken cancellationToken)
    : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public string Id { get; } = id;

    /// <summary>The creation time, already formatted as ISO 8601 ("O").</summary>
    public string CreatedAt { get; } = createdAt;

    /// <summary>The recommendation's JSON as UTF-8 bytes (stored as TEXT).</summary>
    public byte[] Utf8Json { get; } = utf8Json;

    /// <summary>The caller's token: a write cancelled before its batch starts is dropped, never written.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
