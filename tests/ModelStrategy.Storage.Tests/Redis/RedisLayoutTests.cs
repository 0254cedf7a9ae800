using System.Text.Json;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Redis;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Tests.Redis;

/// <summary>What the Redis stores leave in Redis: namespaced keys, the SQLite store's compressed JSON, and expiries.</summary>
[Trait("Category", "Redis")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
[Trait("Tier", "External")]
public sealed class RedisLayoutTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly RedisStoreProvider _provider = new(redis.Server);
    private StoreScope _scope = null!;
    private ConnectionMultiplexer _raw = null!;

    public async Task InitializeAsync()
    {
        _scope = _provider.Open();
        _raw = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _raw.DisposeAsync();
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Stores_WriteEachKindOfThing_UnderTheConfiguredPrefixOnly()
    {
        // Act
        await _scope.Recommendations.SaveAsync(SampleRecommendations.Create("rec-1"), CancellationToken.None);
        await _scope.Conversations.TrySaveAsync("teams|t|personal|u1", "{}", 0, At, CancellationToken.None);
        await _scope.Ledger.TryRecordAsync("slack:event:Ev1", At, TimeSpan.FromHours(1), CancellationToken.None);

        // Assert
        var keys = _raw.GetServer(redis.Server.ConnectionString).Keys(pattern: _provider.Prefix + "*").Select(k => k.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                _provider.Prefix + "conversation:teams|t|personal|u1", _provider.Prefix + "delivery:slack:event:Ev1", _provider.Prefix + "recommendation:rec-1",
                _provider.Prefix + "recommendations:bytes", _provider.Prefix + "recommendations:expiry", _provider.Prefix + "recommendations:sizes",
            ],
            keys);
    }

    [Fact]
    public async Task RecommendationStore_KeepsTheSameCompressedJsonAsSqliteWithTheRestOfItsRetentionAsTtl()
    {
        // Arrange
        var recommendation = SampleRecommendations.Create("rec-json");
        using var sqlite = new TempDatabase();
        await sqlite.Store.SaveAsync(recommendation, CancellationToken.None);

        // Act
        await _scope.Recommendations.SaveAsync(recommendation, CancellationToken.None);

        // Assert
        var key = _provider.Prefix + "recommendation:rec-json";
        var stored = (byte[]?)await _raw.GetDatabase().StringGetAsync(key);
        Assert.NotNull(stored);
        var json = System.Text.Encoding.UTF8.GetString(CompressedJson.Decompress(stored));
        Assert.Equal(await SqliteJsonAsync(sqlite, "rec-json"), json);
        Assert.Equal(JsonSerializer.Serialize(recommendation, RecommendationJson.Options), json);
        Assert.Equal(0x78, stored[0]); // a zlib header, not the JSON's "{"
        Assert.True(stored.Length < json.Length, $"{stored.Length} bytes stored for {json.Length} bytes of JSON");
        // Made 30 minutes before the store's clock reads: the TTL is what is left of the retention.
        var left = _scope.Options.RecommendationRetention - (TestClock.Start - recommendation.CreatedAt);
        Assert.InRange((await _raw.GetDatabase().KeyTimeToLiveAsync(key))!.Value, left - TimeSpan.FromMinutes(1), left);
    }

    [Fact]
    public async Task RecommendationStore_PlainJsonValueFromBeforeCompression_ReadsAsBefore()
    {
        // Arrange: a value as versions before compression wrote it.
        var recommendation = SampleRecommendations.Create("rec-plain");
        var json = JsonSerializer.Serialize(recommendation, RecommendationJson.Options);
        await _raw.GetDatabase().StringSetAsync(_provider.Prefix + "recommendation:rec-plain", json, TimeSpan.FromHours(1));

        // Act
        var read = await _scope.Recommendations.GetAsync("rec-plain", CancellationToken.None);

        // Assert
        Assert.NotNull(read);
        Assert.Equal(json, JsonSerializer.Serialize(read, RecommendationJson.Options));
    }

    [Fact]
    public async Task RecommendationStore_DamagedValue_FailsLoudlyInsteadOfReturningAnotherRecommendation()
    {
        // Arrange
        await _raw.GetDatabase().StringSetAsync(_provider.Prefix + "recommendation:rec-damaged", new byte[] { 0x78, 0x01, 0xFF, 0x00, 0x13 }, TimeSpan.FromHours(1));

        // Act + Assert
        await Assert.ThrowsAsync<InvalidDataException>(() => _scope.Recommendations.GetAsync("rec-damaged", CancellationToken.None));
    }

    [Fact]
    public async Task ConversationStore_EachWriteRestartsTheRetention()
    {
        // Arrange
        var key = _provider.Prefix + "conversation:slack|T|thread|C|1";
        var retention = _scope.Options.ConversationRetention;
        await _scope.Conversations.TrySaveAsync("slack|T|thread|C|1", "v1", 0, At, CancellationToken.None);
        var first = await _raw.GetDatabase().KeyTimeToLiveAsync(key);
        await _raw.GetDatabase().KeyExpireAsync(key, TimeSpan.FromMinutes(1));

        // Act
        await _scope.Conversations.TrySaveAsync("slack|T|thread|C|1", "v2", 1, At, CancellationToken.None);

        // Assert
        var second = await _raw.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.InRange(first!.Value, retention - TimeSpan.FromMinutes(1), retention);
        Assert.InRange(second!.Value, retention - TimeSpan.FromMinutes(1), retention);
    }

    [Fact]
    public async Task ConversationStore_StaleWrite_LeavesTheRetentionAlone()
    {
        // Arrange
        var key = _provider.Prefix + "conversation:slack|T|thread|C|2";
        await _scope.Conversations.TrySaveAsync("slack|T|thread|C|2", "v1", 0, At, CancellationToken.None);
        await _raw.GetDatabase().KeyExpireAsync(key, TimeSpan.FromMinutes(1));

        // Act
        await _scope.Conversations.TrySaveAsync("slack|T|thread|C|2", "stale", 0, At, CancellationToken.None);

        // Assert
        Assert.InRange((await _raw.GetDatabase().KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task DeliveryLedger_RedisForgetsTheMarkerAfterTheRetention()
    {
        // Act
        await _scope.Ledger.TryRecordAsync("slack:event:Ev-ttl", At, TimeSpan.FromMinutes(30), CancellationToken.None);

        // Assert
        var ttl = await _raw.GetDatabase().KeyTimeToLiveAsync(_provider.Prefix + "delivery:slack:event:Ev-ttl");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void AddModelStrategyStorage_RedisProvider_ResolvesTheRedisImplementations()
    {
        // Assert
        Assert.Equal(
            [typeof(RedisRecommendationStore), typeof(RedisConversationStore), typeof(RedisDeliveryLedger), typeof(RedisStoreReadiness)],
            new[] { _scope.Recommendations.GetType(), _scope.Conversations.GetType(), _scope.Ledger.GetType(), _scope.Readiness.GetType() });
        Assert.Equal(StorageOptions.RedisProvider, _scope.Options.Provider);
    }

    [Fact]
    public async Task AddModelStrategyStorage_DefaultProvider_ResolvesTheSqliteImplementations()
    {
        // Arrange
        await using var provider = new SqliteStoreProvider();
        await using var scope = provider.Open();

        // Assert
        Assert.Equal(
            [typeof(SqliteRecommendationStore), typeof(SqliteConversationStore), typeof(SqliteDeliveryLedger), typeof(SqliteRecommendationStore)],
            new[] { scope.Recommendations.GetType(), scope.Conversations.GetType(), scope.Ledger.GetType(), scope.Readiness.GetType() });
    }

    private static async Task<string?> SqliteJsonAsync(TempDatabase sqlite, string id)
    {
        await using var connection = await sqlite.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM recommendations WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync() switch
        {
            byte[] blob => System.Text.Encoding.UTF8.GetString(CompressedJson.Decompress(blob)),
            var text => (string?)text,
        };
    }
}
