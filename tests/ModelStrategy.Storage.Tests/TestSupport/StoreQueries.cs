using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>Plain SQL against the test database, on a connection of its own (not the writer's).</summary>
internal static class StoreQueries
{
    public static async Task<long> CountRowsAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM recommendations;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
