using System.Text.Json;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRecommendationStore"/> must do, run against each provider by a subclass.</summary>
public abstract class RecommendationStoreContract(StoreProvider provider) : IAsyncLifetime
{
    private StoreScope _scope = null!;

    private IRecommendationStore Store => _scope.Recommendations;

    public Task InitializeAsync()
    {
        _scope = provider.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_AfterSave_ReturnsEveryFieldUnchanged()
    {
        // Arrange
        var original = SampleRecommendations.Create("rec-1");

        // Act
        await Store.SaveAsync(original, CancellationToken.None);
        var loaded = await Store.GetAsync("rec-1", CancellationToken.None);

        // Assert
        Assert.NotNull(loaded);
        Assert.Equal(Json(original), Json(loaded));
        Assert.Equal(original.CreatedAt, loaded.CreatedAt);
        Assert.Null(loaded.Cost.References[0].High);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("")]
    [InlineData("x' OR '1'='1")]
    [InlineData("rec-*")]
    public async Task GetAsync_UnknownId_ReturnsNull(string id)
    {
        // Arrange
        await Store.SaveAsync(SampleRecommendations.Create("rec-known"), CancellationToken.None);

        // Act
        var loaded = await Store.GetAsync(id, CancellationToken.None);

        // Assert
        Assert.Null(loaded);
    }

    [Fact]
    public async Task SaveAsync_SameIdTwice_KeepsTheLatest()
    {
        // Act
        await Store.SaveAsync(SampleRecommendations.Create("same", PathId.Rag), CancellationToken.None);
        await Store.SaveAsync(SampleRecommendations.Create("same", PathId.Peft), CancellationToken.None);

        // Assert
        Assert.Equal(PathId.Peft, (await Store.GetAsync("same", CancellationToken.None))?.Path);
    }

    [Fact]
    public async Task SaveAsync_FiftyInParallel_AllReadable()
    {
        // Arrange
        var ids = Enumerable.Range(0, 50).Select(i => $"parallel-{i}").ToArray();

        // Act
        await Task.WhenAll(ids.Select(id => Task.Run(() => Store.SaveAsync(SampleRecommendations.Create(id), CancellationToken.None))));
        var loaded = await Task.WhenAll(ids.Select(id => Task.Run(() => Store.GetAsync(id, CancellationToken.None))));

        // Assert
        Assert.Equal(ids, loaded.Select(r => r?.Id));
    }

    [Fact]
    public async Task SaveAsync_WithTheCallersJson_ReadsBackThatRecommendation()
    {
        // Arrange
        var original = SampleRecommendations.Create("pre-serialised", PathId.RagPeft);

        // Act
        await Store.SaveAsync(original, Json(original), CancellationToken.None);
        var loaded = await Store.GetAsync("pre-serialised", CancellationToken.None);

        // Assert
        Assert.Equal(Json(original), Json(loaded!));
    }

    [Fact]
    public async Task SaveAsync_UnicodeTextAndId_RoundTripUnchanged()
    {
        // Arrange
        var original = SampleRecommendations.Create("réc-数据-🙂") with
        {
            Text = "Zoë's team: 数据 مرحبا 👩🏽‍💻 e\u0301 \"quoted\" \\ \n new line",
            Rationale = ["Ünïcödé ✓", "日本語の理由", "emoji 🚀🔥"],
        };

        // Act
        await Store.SaveAsync(original, CancellationToken.None);
        var loaded = await Store.GetAsync("réc-数据-🙂", CancellationToken.None);

        // Assert
        Assert.Equal(original.Text, loaded!.Text);
        Assert.Equal(original.Rationale, loaded.Rationale);
        Assert.Equal(Json(original), Json(loaded));
    }

    [Fact]
    public async Task SaveAsync_LargeRecommendation_RoundTripsUnchanged()
    {
        // Arrange: about 2 MB of rationale.
        var original = SampleRecommendations.Create("large") with
        {
            Rationale = [.. Enumerable.Range(0, 10_000).Select(i => $"reason {i}: " + new string('é', 180))],
        };

        // Act
        await Store.SaveAsync(original, CancellationToken.None);
        var loaded = await Store.GetAsync("large", CancellationToken.None);

        // Assert
        Assert.Equal(10_000, loaded!.Rationale.Count);
        Assert.Equal(Json(original), Json(loaded));
    }

    [Fact]
    public async Task GetAsync_NewStoreInstanceOverTheSameData_ReturnsTheSavedRecommendation()
    {
        // Arrange
        var original = SampleRecommendations.Create("survives");
        await Store.SaveAsync(original, CancellationToken.None);
        await _scope.DisposeAsync();

        // Act
        _scope = provider.Open();
        var loaded = await Store.GetAsync("survives", CancellationToken.None);

        // Assert
        Assert.Equal(Json(original), Json(loaded!));
    }

    [Fact]
    public async Task SaveAsync_EmptyId_Throws()
    {
        // Arrange
        var recommendation = SampleRecommendations.Create(string.Empty);

        // Act / Assert
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(recommendation, CancellationToken.None));
    }

    private static string Json(Recommendation recommendation) => JsonSerializer.Serialize(recommendation, RecommendationJson.Options);
}
