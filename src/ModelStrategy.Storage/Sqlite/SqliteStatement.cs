namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// One parameterized write that <see cref="SqliteWriter"/> runs inside its shared transactions: the SQL, the names
/// of its parameters in the order their values are given, and roughly how many 4 KB pages one run writes (the
/// checkpointer's measure). The writer prepares each statement once on its own connection, so instances are
/// meant to be static.
/// </summary>
internal sealed class SqliteStatement
{
    public SqliteStatement(string sql, int pages, params string[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        Sql = sql;
        Pages = pages;
        Parameters = parameters;
    }

    public string Sql { get; }

    /// <summary>About how many WAL pages one run writes (a small row: 1).</summary>
    public int Pages { get; }

    /// <summary>The parameter names ("$key"), in the order <see cref="SqliteWriter.ExecuteAsync"/> takes the values.</summary>
    public IReadOnlyList<string> Parameters { get; }
}
