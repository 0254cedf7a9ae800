using Microsoft.Data.Sqlite;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>Commands compiled once and kept with their connection (the writer's statements, the hot reads).</summary>
internal static class SqliteCommands
{
    /// <summary>
    /// <paramref name="sql"/> compiled on <paramref name="connection"/>, with one parameter per name and no declared
    /// type: each value binds as what it is (TEXT, INTEGER, BLOB or NULL).
    /// </summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, IEnumerable<string> parameterNames)
    {
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }
}
