using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Deletes expired recommendation rows (<see cref="RecommendationRetention"/>), then the oldest ones while the
/// recommendations are over their bound (<see cref="SqliteRecommendationSpace"/>), then conversations with no input
/// for <see cref="StorageOptions.ConversationRetention"/>, each in batches of at most
/// <see cref="BatchSize"/>, oldest first, through the <c>recommendations_by_created_at</c> index. Each batch is one
/// statement queued to the group-commit <see cref="SqliteWriter"/>, so it commits with whatever else is waiting, never
/// runs SQLite's automatic checkpoint under the write turn, and other writes wait for one batch at most, never for a
/// whole sweep. Afterwards, on a file made with
/// auto_vacuum=INCREMENTAL, it returns the freed pages to the file system the same way, at most
/// <see cref="VacuumPagesPerStep"/> pages per turn. On an older file (auto_vacuum=NONE) the freed pages stay in the
/// file and new rows reuse them, so it stops growing once rows expire as fast as they arrive.
/// </summary>
internal sealed class SqliteRecommendationSweeper(
    SqliteDatabase database, SqliteWriter writer, RecommendationRetention retention, SqliteRecommendationSpace space, IOptions<StorageOptions> options)
{
    /// <summary>The most rows one transaction deletes, so other writes never wait long behind a sweep (its size in bytes: docs/PERFORMANCE.md).</summary>
    public const int BatchSize = 256;

    /// <summary>The most free pages one incremental-vacuum step hands back (4 MB of 4 KB pages).</summary>
    public const int VacuumPagesPerStep = 1024;

    /// <summary>Counted as the pages of a batch of rows (<see cref="SqliteStatement.Pages"/>): about four per row.</summary>
    private static readonly SqliteStatement DeleteBatch = new("""
        DELETE FROM recommendations WHERE rowid IN (
            SELECT rowid FROM recommendations WHERE created_at <= $cutoff ORDER BY created_at LIMIT $batch);
        """, pages: BatchSize * 4, "$cutoff", "$batch");

    /// <summary>A batch of conversations whose last input is older than the conversation retention (one page each).</summary>
    private static readonly SqliteStatement DeleteConversations = new("""
        DELETE FROM conversations WHERE rowid IN (
            SELECT rowid FROM conversations WHERE updated_at <= $cutoff ORDER BY updated_at LIMIT $batch);
        """, pages: BatchSize, "$cutoff", "$batch");

    private const long AutoVacuumIncremental = 2;

    /// <summary>Deletes every expired row, then what does not fit the bound, then stale conversations, and reclaims the freed pages.</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var (deleted, batches) = await DeleteAllAsync(DeleteBatch, SqliteTimestamps.Format(retention.Cutoff()), cancellationToken).ConfigureAwait(false);
        var evicted = 0;
        if ((await space.MeasureAsync(cancellationToken).ConfigureAwait(false)).EvictUpTo is { } upTo)
        {
            (evicted, _) = await DeleteAllAsync(DeleteBatch, upTo, cancellationToken).ConfigureAwait(false);
            space.Evicted(evicted);
            await space.MeasureAsync(cancellationToken).ConfigureAwait(false);
        }

        var conversationCutoff = SqliteTimestamps.Format(retention.Now - options.Value.ConversationRetention);
        var (conversations, _) = await DeleteAllAsync(DeleteConversations, conversationCutoff, cancellationToken).ConfigureAwait(false);
        var result = new SweepResult(deleted, batches, 0) { Evicted = evicted, ConversationsDeleted = conversations };
        if (deleted + evicted + conversations == 0)
        {
            return result;
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return result with { PagesReclaimed = await ReclaimAsync(connection, cancellationToken).ConfigureAwait(false) };
        }
    }

    /// <summary>Runs <paramref name="batch"/> until it deletes less than a full batch; returns the rows and batches.</summary>
    private async Task<(int Deleted, int Batches)> DeleteAllAsync(SqliteStatement batch, string cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var batches = 0;
        int inBatch;
        do
        {
            inBatch = await writer.ExecuteAsync(batch, [cutoff, BatchSize], cancellationToken).ConfigureAwait(false);
            deleted += inBatch;
            batches++;
        }
        while (inBatch == BatchSize);

        return (deleted, batches);
    }

    /// <summary>Hands free pages back to the file system in small steps; returns how many (0 without auto_vacuum).</summary>
    private async Task<long> ReclaimAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Scalar(connection, "PRAGMA auto_vacuum;") != AutoVacuumIncremental)
        {
            return 0;
        }

        long reclaimed = 0;
        while (true)
        {
            long free;
            using (await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false))
            {
                var before = Scalar(connection, "PRAGMA freelist_count;");
                if (before == 0)
                {
                    return reclaimed;
                }

                Execute(connection, $"PRAGMA incremental_vacuum({VacuumPagesPerStep});");
                free = Scalar(connection, "PRAGMA freelist_count;");
                reclaimed += before - free;
                if (free >= before)
                {
                    return reclaimed; // Nothing moved: never spin.
                }
            }

            await Task.Yield();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

/// <summary>What one retention sweep did.</summary>
/// <param name="Deleted">Expired rows deleted.</param>
/// <param name="Batches">Transactions it took (the last one deletes fewer than a full batch, often none).</param>
/// <param name="PagesReclaimed">Free pages handed back to the file system.</param>
internal readonly record struct SweepResult(int Deleted, int Batches, long PagesReclaimed)
{
    /// <summary>The oldest recommendations deleted before their time, to fit the bound.</summary>
    public int Evicted { get; init; }

    /// <summary>Conversations deleted after <see cref="StorageOptions.ConversationRetention"/> without input.</summary>
    public int ConversationsDeleted { get; init; }
}
