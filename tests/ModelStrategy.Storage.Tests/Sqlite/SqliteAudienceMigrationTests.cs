using Microsoft.Data.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>A file made by a build before audiences gains the column at start-up; its rows read as before, belonging to nobody.</summary>
public sealed class SqliteAudienceMigrationTests
{
    [Fact]
    public async Task OlderFile_WithoutTheAudienceColumn_OpensAndItsRowsBelongToNobody()
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.FilePath)!);
        using (var old = new SqliteConnection($"Data Source={db.FilePath};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = "CREATE TABLE recommendations (id TEXT NOT NULL PRIMARY KEY, created_at TEXT NOT NULL, json TEXT NOT NULL);";
            create.ExecuteNonQuery();
            using var insert = old.CreateCommand();
            insert.CommandText = "INSERT INTO recommendations VALUES ($id, $at, $json);";
            insert.Parameters.AddWithValue("$id", "rec-old");
            insert.Parameters.AddWithValue("$at", SampleRecommendations.MadeAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$json", System.Text.Json.JsonSerializer.Serialize(SampleRecommendations.Create("rec-old"), Core.Recommendations.RecommendationJson.Options));
            insert.ExecuteNonQuery();
        }

        var loaded = await db.Store.GetAsync("rec-old", CancellationToken.None);
        await db.Store.SaveAsync(SampleRecommendations.Create("rec-new") with { Audience = new(Core.Recommendations.Audience.Slack, "T1") }, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Null(loaded.Audience);
        Assert.Equal("slack:T1", (await db.Store.GetAsync("rec-new", CancellationToken.None))!.Audience?.ToString());
    }
}
