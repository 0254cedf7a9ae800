using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The recommendations' bounded space in SQLite (<see cref="StorageOptions.RecommendationSpaceBytes"/>): measures the
/// bytes their stored JSON takes and, when over the bound, names the creation time up to which the oldest must go so
/// the rest fits. The retention sweep asks it each time and deletes those rows like expired ones.
/// </summary>
internal sealed class SqliteRecommendationSpace(SqliteDatabase database, IOptions<StorageOptions> options, StorageMetrics? metrics = null)
{
    private const string UsedSql = "SELECT COALESCE(SUM(LENGTH(json)), 0) FROM recommendations;";

    private const string OldestSql = "SELECT created_at, LENGTH(json) FROM recommendations ORDER BY created_at;";

    private readonly long _bound = options.Value.RecommendationSpaceBytes();

    /// <summary>
    /// The bytes in use now and, when they exceed the bound, the <c>created_at</c> up to which (inclusive) the oldest
    /// recommendations must be deleted to fit; null when everything fits.
    /// </summary>
    public async Task<(long Used, string? EvictUpTo)> MeasureAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var used = Convert.ToInt64(await ScalarAsync(connection, UsedSql, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            metrics?.Observe(used, _bound);
            if (used <= _bound)
            {
                return (used, null);
            }

            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = OldestSql;
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var left = used;
                    string? upTo = null;
                    while (left > _bound && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        upTo = reader.GetString(0);
                        left -= reader.GetInt64(1);
                    }

                    return (used, upTo);
                }
            }
        }
    }

    /// <summary>Reports the space after a sweep removed rows to make room.</summary>
    public void Evicted(long count) => metrics?.Evicted(count);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
