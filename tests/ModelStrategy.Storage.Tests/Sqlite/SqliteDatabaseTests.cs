using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task OpenAsync_DirectoryMissing_CreatesDirectoryAndFile()
    {
        // Arrange
        using var db = new TempDatabase(Path.Combine("nested", "deeper", "store.db"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.FilePath)));

        // Act
        await using (await db.Database.OpenAsync(CancellationToken.None))
        {
        }

        // Assert
        Assert.True(File.Exists(db.FilePath));
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLogging()
    {
        // Arrange
        using var db = new TempDatabase();

        // Act
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync();

        // Assert
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task OpenAsync_AnyConnection_SynchronisesNormallyAsRecommendedWithWal()
    {
        // Arrange
        using var db = new TempDatabase();

        // Act: the pool hands out several connections; each must carry the setting.
        var modes = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await db.Database.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            modes.Add((long)(await command.ExecuteScalarAsync())!);
        }

        // Assert: 1 = NORMAL (2 would be FULL, an fsync per commit).
        Assert.All(modes, mode => Assert.Equal(1L, mode));
    }

    [Fact]
    public async Task IsReadyAsync_WritableLocation_ReturnsTrue()
    {
        // Arrange
        using var db = new TempDatabase();

        // Act
        var ready = await db.Store.IsReadyAsync(CancellationToken.None);

        // Assert
        Assert.True(ready);
    }

    [Fact]
    public async Task IsReadyAsync_DirectoryIsAFile_ReturnsFalseThenRecovers()
    {
        // Arrange: the store's directory "blocked" exists as a plain file.
        using var db = new TempDatabase(Path.Combine("blocked", "store.db"));
        Directory.CreateDirectory(db.Root);
        var blocker = Path.Combine(db.Root, "blocked");
        await File.WriteAllTextAsync(blocker, "not a directory");

        // Act
        var whileBlocked = await db.Store.IsReadyAsync(CancellationToken.None);
        File.Delete(blocker);
        var afterFix = await db.Store.IsReadyAsync(CancellationToken.None);

        // Assert
        Assert.False(whileBlocked);
        Assert.True(afterFix);
    }
}
