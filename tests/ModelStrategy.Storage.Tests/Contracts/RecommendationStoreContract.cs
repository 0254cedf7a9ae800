using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRecommendationStore"/> must do, run against each provider by a subclass.</summary>
public abstract class RecommendationStoreContract(StoreProvider provider) : StoreContract(provider)
{
    private IRecommendationStore Store => Scope.Recommendations;

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
    [InlineData("entra:72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("slack:T0123ABC")]
    [InlineData("api-key:ci")]
    [InlineData(null)]
    public async Task GetAsync_AfterSave_ReturnsItsAudienceBesideIt_NeverInItsJson(string? audience)
    {
        // Arrange
        var original = SampleRecommendations.Create("rec-owned") with { Audience = Audience.Parse(audience) };

        // Act
        await Store.SaveAsync(original, CancellationToken.None);
        await Store.SaveAsync(original with { Id = "rec-other", Audience = new Audience(Audience.Slack, "T0ELSE") }, CancellationToken.None);
        var loaded = await Store.GetAsync("rec-owned", CancellationToken.None);

        // Assert
        Assert.Equal(audience, loaded!.Audience?.ToString());
        Assert.DoesNotContain("audience", Json(loaded), StringComparison.OrdinalIgnoreCase);
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
        await Scope.DisposeAsync();

        // Act
        Scope = Provider.Open();
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

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public async Task GetAsync_AroundTheEndOfRetention_FoundOnlyBeforeItEnds(int millisecondsPastRetention, bool found)
    {
        // Arrange
        var (clock, retention) = await ReopenWithRetentionAsync(TimeSpan.FromHours(1));
        await Store.SaveAsync(SampleRecommendations.Create("ageing", createdAt: clock.GetUtcNow()), CancellationToken.None);

        // Act
        clock.Advance(retention + TimeSpan.FromMilliseconds(millisecondsPastRetention));
        var loaded = await Store.GetAsync("ageing", CancellationToken.None);

        // Assert
        Assert.Equal(found, loaded is not null);
    }

    [Fact]
    public async Task GetAsync_ExpiredId_ReadsExactlyLikeAnUnknownOne()
    {
        // Arrange
        var (clock, retention) = await ReopenWithRetentionAsync(TimeSpan.FromDays(90));
        await Store.SaveAsync(SampleRecommendations.Create("old", createdAt: clock.GetUtcNow()), CancellationToken.None);
        clock.Advance(retention + TimeSpan.FromDays(1));

        // Act
        var expired = await Store.GetAsync("old", CancellationToken.None);
        var unknown = await Store.GetAsync("never-saved", CancellationToken.None);

        // Assert
        Assert.Equal((null, null), (expired, unknown));
    }

    [Fact]
    public async Task SaveAsync_MadeLongerAgoThanTheRetention_IsNeverReadable()
    {
        // Arrange
        var (clock, retention) = await ReopenWithRetentionAsync(TimeSpan.FromHours(1));
        await Store.SaveAsync(SampleRecommendations.Create("late", createdAt: clock.GetUtcNow()), CancellationToken.None);

        // Act: the same id saved again, now with a recommendation already past its retention
        await Store.SaveAsync(SampleRecommendations.Create("late", createdAt: clock.GetUtcNow() - retention - TimeSpan.FromSeconds(1)), CancellationToken.None);

        // Assert
        Assert.Null(await Store.GetAsync("late", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SameIdMadeAgain_RetentionCountsFromTheNewOne()
    {
        // Arrange
        var (clock, retention) = await ReopenWithRetentionAsync(TimeSpan.FromHours(1));
        await Store.SaveAsync(SampleRecommendations.Create("again", PathId.Rag, clock.GetUtcNow()), CancellationToken.None);
        clock.Advance(retention / 2);
        await Store.SaveAsync(SampleRecommendations.Create("again", PathId.Peft, clock.GetUtcNow()), CancellationToken.None);

        // Act: past the first one's retention, within the second's
        clock.Advance((retention / 2) + TimeSpan.FromMinutes(1));
        var loaded = await Store.GetAsync("again", CancellationToken.None);

        // Assert
        Assert.Equal(PathId.Peft, loaded?.Path);
    }

    [Fact]
    public async Task GetAsync_OthersExpire_ANewerOneIsStillThere()
    {
        // Arrange
        var (clock, retention) = await ReopenWithRetentionAsync(TimeSpan.FromHours(1));
        await Store.SaveAsync(SampleRecommendations.Create("older", createdAt: clock.GetUtcNow()), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));
        await Store.SaveAsync(SampleRecommendations.Create("newer", createdAt: clock.GetUtcNow()), CancellationToken.None);

        // Act
        clock.Advance(TimeSpan.FromMinutes(45));

        // Assert
        Assert.Null(await Store.GetAsync("older", CancellationToken.None));
        Assert.Equal("newer", (await Store.GetAsync("newer", CancellationToken.None))?.Id);
    }

    /// <summary>New store instances over the same data, on a fake clock and with <paramref name="retention"/> configured.</summary>
    private async Task<(FakeTimeProvider Clock, TimeSpan Retention)> ReopenWithRetentionAsync(TimeSpan retention)
    {
        await Scope.DisposeAsync();
        var clock = new FakeTimeProvider(TestClock.Start);
        Scope = Provider.Open(clock, extra: new Dictionary<string, string?>
        {
            ["Storage:RecommendationRetention"] = retention.ToString("c", CultureInfo.InvariantCulture),
        });
        Assert.Equal(retention, Scope.Options.RecommendationRetention);
        return (clock, retention);
    }

    private static string Json(Recommendation recommendation) => JsonSerializer.Serialize(recommendation, RecommendationJson.Options);
}
