using System.Text.Json;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

public sealed class SqliteRecommendationStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetAsync_AfterSave_ReturnsEveryFieldUnchanged()
    {
        // Arrange
        var original = SampleRecommendations.Create("rec-1");

        // Act
        await _db.Store.SaveAsync(original, CancellationToken.None);
        var loaded = await _db.Store.GetAsync("rec-1", CancellationToken.None);

        // Assert
        Assert.NotNull(loaded);
        Assert.Equal(Json(original), Json(loaded));
        Assert.Equal(original.CreatedAt, loaded.CreatedAt);
        Assert.Null(loaded.Cost.References[0].High);
    }

    [Fact]
    public async Task SaveAsync_SameIdTwice_KeepsOneRowWithTheLatestContent()
    {
        // Arrange
        var first = SampleRecommendations.Create("same", PathId.Rag);
        var second = SampleRecommendations.Create("same", PathId.Peft);

        // Act
        await _db.Store.SaveAsync(first, CancellationToken.None);
        await _db.Store.SaveAsync(second, CancellationToken.None);

        // Assert
        Assert.Equal(1L, await CountRowsAsync());
        var loaded = await _db.Store.GetAsync("same", CancellationToken.None);
        Assert.Equal(PathId.Peft, loaded?.Path);
    }

    [Fact]
    public async Task SaveAsync_FiftyInParallel_AllReadable()
    {
        // Arrange
        var ids = Enumerable.Range(0, 50).Select(i => $"parallel-{i}").ToArray();

        // Act
        await Task.WhenAll(ids.Select(id => Task.Run(() => _db.Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None))));
        var loaded = await Task.WhenAll(ids.Select(id => Task.Run(() => _db.Store.GetAsync(id, CancellationToken.None))));

        // Assert
        Assert.Equal(ids, loaded.Select(r => r?.Id));
        Assert.Equal(50L, await CountRowsAsync());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("")]
    [InlineData("x' OR '1'='1")]
    public async Task GetAsync_UnknownId_ReturnsNull(string id)
    {
        // Arrange
        await _db.Store.SaveAsync(SampleRecommendations.Create("known"), CancellationToken.None);

        // Act
        var loaded = await _db.Store.GetAsync(id, CancellationToken.None);

        // Assert
        Assert.Null(loaded);
    }

    [Fact]
    public async Task SaveAsync_IdWithSqlMetacharacters_IsStoredVerbatim()
    {
        // Arrange
        const string id = "a'); DROP TABLE recommendations; --";

        // Act
        await _db.Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None);
        var loaded = await _db.Store.GetAsync(id, CancellationToken.None);

        // Assert
        Assert.Equal(id, loaded?.Id);
        Assert.Equal(1L, await CountRowsAsync());
    }

    [Fact]
    public async Task SaveAsync_EmptyId_Throws()
    {
        // Arrange
        var recommendation = SampleRecommendations.Create(string.Empty);

        // Act / Assert
        await Assert.ThrowsAsync<ArgumentException>(() => _db.Store.SaveAsync(recommendation, CancellationToken.None));
    }

    private static string Json(Recommendation recommendation) => JsonSerializer.Serialize(recommendation, RecommendationJson.Options);

    private async Task<long> CountRowsAsync()
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM recommendations;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
