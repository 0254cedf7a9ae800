using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// Reads every row the host stored and reports each one that does not parse strictly: a recommendation (zlib-compressed
/// JSON, or plain JSON in older rows) must deserialise to <see cref="Recommendation"/> with its row's id, a conversation payload to the engine's state type
/// (read the same way the engine reads it, but without its forgiving fallback), an inbox item must be of a known
/// kind and hold a JSON object (events) or a form whose fields decode (commands, interactions with a JSON payload).
/// </summary>
internal static class StoreConsistency
{
    private static readonly Type ConversationStateType =
        typeof(RecommendationJson).Assembly.GetType("ModelStrategy.Core.Conversations.State.ConversationState", throwOnError: true)!;

    public static IReadOnlyList<string> Problems(string sqlitePath)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var problems = new List<string>();
        foreach (var (id, stored) in RecommendationRows(connection))
        {
            Check(problems, $"recommendation {id}", () =>
            {
                var recommendation = JsonSerializer.Deserialize<Recommendation>(Json(stored), RecommendationJson.Options);
                return recommendation?.Id == id ? null : $"holds id {recommendation?.Id}";
            });
        }

        foreach (var (key, payload) in Rows(connection, "SELECT conversation_key, payload FROM conversations"))
        {
            Check(problems, $"conversation {key}", () => JsonSerializer.Deserialize(payload, ConversationStateType, RecommendationJson.Options) is null ? "is null" : null);
        }

        foreach (var (key, item) in Rows(connection, "SELECT item_key, kind || char(10) || payload FROM inbox"))
        {
            var kind = item[..item.IndexOf('\n', StringComparison.Ordinal)];
            Check(problems, $"inbox item {key}", () => InboxProblem(kind, item[(kind.Length + 1)..]));
        }

        return problems;
    }

    public static long Count(string sqlitePath, string table)
    {
        using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static string? InboxProblem(string kind, string payload)
    {
        switch (kind)
        {
            case "events":
                using (var document = JsonDocument.Parse(payload))
                {
                    return document.RootElement.ValueKind == JsonValueKind.Object ? null : "is not a JSON object";
                }

            case "commands":
                return new FormReader(payload).ReadForm().Count > 0 ? null : "is an empty form";
            case "interactions":
                var form = new FormReader(payload).ReadForm();
                using (var document = JsonDocument.Parse(form["payload"].ToString()))
                {
                    return document.RootElement.ValueKind == JsonValueKind.Object ? null : "payload is not a JSON object";
                }

            default:
                return $"has unknown kind {kind}";
        }
    }

    /// <summary>A recommendation row's JSON: a zlib-compressed BLOB, or the plain TEXT of a row written before compression.</summary>
    private static byte[] Json(object stored)
    {
        if (stored is string text)
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream((byte[])stored), System.IO.Compression.CompressionMode.Decompress);
        using var json = new MemoryStream();
        zlib.CopyTo(json);
        return json.ToArray();
    }

    private static List<(string Id, object Stored)> RecommendationRows(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM recommendations";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, object)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetValue(1)));
        }

        return rows;
    }

    private static void Check(List<string> problems, string what, Func<string?> check)
    {
        try
        {
            if (check() is { } problem)
            {
                problems.Add($"{what} {problem}");
            }
        }
#pragma warning disable CA1031 // Any failure to read a row is the finding being collected.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add($"{what}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static List<(string Key, string Value)> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
