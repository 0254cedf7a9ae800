using Microsoft.Data.Sqlite;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>
/// A file made by a build before inbox owners gains the column at start-up; its items, owned by nobody, are taken up
/// when their lease runs out, like any other.
/// </summary>
public sealed class SqliteInboxMigrationTests
{
    [Fact]
    public async Task OlderFile_WithoutTheOwnerColumn_OpensAndItsItemIsLeasedOnceItsLeaseRunsOut()
    {
        // Arrange: the inbox table as the previous build made it, with one item still leased for a minute
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.FilePath)!);
        using (var old = new SqliteConnection($"Data Source={db.FilePath};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE inbox (item_key TEXT NOT NULL PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, progress TEXT NULL,
                    attempts INTEGER NOT NULL, leased_until INTEGER NOT NULL);
                INSERT INTO inbox VALUES ('slack:event:EvOld', 'events', '{}', NULL, 1, $until);
                """;
            create.Parameters.AddWithValue("$until", TestClock.Start.AddMinutes(1).ToUnixTimeMilliseconds());
            create.ExecuteNonQuery();
        }

        var inbox = new SqliteInbox(db.Database, db.Writer);

        // Act
        var owners = await inbox.OwnersAsync(TestClock.Start, CancellationToken.None);
        var early = await inbox.LeaseAsync("new-build", TestClock.Start, TestClock.Start.AddSeconds(6), 10, CancellationToken.None);
        var due = await inbox.LeaseAsync("new-build", TestClock.Start.AddMinutes(1), TestClock.Start.AddMinutes(1).AddSeconds(6), 10, CancellationToken.None);
        var renewed = await inbox.RenewAsync("new-build", ["slack:event:EvOld"], TestClock.Start.AddMinutes(2), CancellationToken.None);

        // Assert
        Assert.Empty(owners);
        Assert.Empty(early);
        Assert.Equal(("slack:event:EvOld", 2), (Assert.Single(due).Key, due[0].Attempts));
        Assert.Equal(1, renewed);
        Assert.Equal(["new-build"], await inbox.OwnersAsync(TestClock.Start.AddMinutes(1), CancellationToken.None));
    }
}
