using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Tests.Redis;

/// <summary>
/// Against a real redis-server started as compose.yaml starts it (its --maxmemory-policy), with a small --maxmemory:
/// recommendations worth several times their bound and more than the whole memory are saved while dialog state and
/// de-duplication keys are in place. Redis evicts nothing, every dialog and delivery key survives, the recommendations
/// stay within their bound (the oldest go first), and dialog state can still be written afterwards.
/// </summary>
[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed partial class RedisEvictionTests
{
    private const int MaxMemoryMb = 16;
    private const int SpaceMb = 4;
    private static readonly DateTimeOffset At = TestClock.Start;

    [Fact]
    public async Task RecommendationsFarOverTheirBound_OnAFullServerWithComposesPolicy_DialogStateUntouchedAndNothingEvicted()
    {
        // Arrange
        await using var redis = await RedisServer.StartNewAsync(settings: ["--maxmemory", $"{MaxMemoryMb}mb", "--maxmemory-policy", ComposePolicy()]);
        await using var provider = new RedisStoreProvider(redis);
        await using var scope = provider.Open(extra: new Dictionary<string, string?> { ["Storage:RecommendationSpaceMegabytes"] = SpaceMb.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await WriteDialogStateAsync(scope, 200);

        // Act: about 12 KB each after compression, 3,000 of them: 36 MB, more than the whole server's memory.
        for (var i = 0; i < 3000; i++)
        {
            await scope.Recommendations.SaveAsync(Large($"rec-{i:D4}"), CancellationToken.None);
        }

        // Assert
        await AssertDialogStateIntactAsync(scope, 200);
        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var server = raw.GetServer(redis.ConnectionString);
        Assert.Equal(0, EvictedKeys(await server.InfoRawAsync("stats")));
        var stored = server.Keys(pattern: provider.Prefix + "recommendation:*").Count();
        var bytes = (long)await raw.GetDatabase().StringGetAsync(provider.Prefix + "recommendations:bytes");
        Assert.InRange(bytes, 1, SpaceMb * 1024L * 1024L);
        Assert.InRange(stored, 100, 2999);
        Assert.Null(await scope.Recommendations.GetAsync("rec-0000", CancellationToken.None));
        Assert.NotNull(await scope.Recommendations.GetAsync("rec-2999", CancellationToken.None));
        // Dialog state can still be written: the recommendations left it its room.
        Assert.Equal(1L, await scope.Conversations.TrySaveAsync("teams|t|personal|after", Payload(99), 0, At, CancellationToken.None));
        Assert.True(await scope.Ledger.TryRecordAsync("slack:event:after", At, TimeSpan.FromHours(1), CancellationToken.None));
    }

    [Fact]
    public async Task ABoundLargerThanTheServersMemory_WritesFailLoudly_AndStillNothingIsEvicted()
    {
        // Arrange: the bound (64 MB) set above what the server has (16 MB): a misconfiguration.
        await using var redis = await RedisServer.StartNewAsync(settings: ["--maxmemory", $"{MaxMemoryMb}mb", "--maxmemory-policy", ComposePolicy()]);
        await using var provider = new RedisStoreProvider(redis);
        await using var scope = provider.Open(extra: new Dictionary<string, string?> { ["Storage:RecommendationSpaceMegabytes"] = "64" });
        await WriteDialogStateAsync(scope, 200);

        // Act
        var failure = await Record.ExceptionAsync(async () =>
        {
            for (var i = 0; i < 4000; i++)
            {
                await scope.Recommendations.SaveAsync(Large($"rec-{i:D4}"), CancellationToken.None);
            }
        });

        // Assert: Redis refused the write (out of memory) instead of dropping anyone's dialog.
        Assert.Contains("OOM", Assert.IsType<RedisServerException>(failure).Message, StringComparison.Ordinal);
        await AssertDialogStateIntactAsync(scope, 200);
        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        Assert.Equal(0, EvictedKeys(await raw.GetServer(redis.ConnectionString).InfoRawAsync("stats")));
    }

    /// <summary>The --maxmemory-policy compose.yaml starts Redis with.</summary>
    private static string ComposePolicy()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
        {
            dir = dir.Parent;
        }

        var compose = File.ReadAllText(Path.Combine(dir!.FullName, "compose.yaml"));
        return Policy().Match(compose) is { Success: true } m ? m.Groups[1].Value : throw new InvalidDataException("compose.yaml sets no --maxmemory-policy");
    }

    private static async Task WriteDialogStateAsync(StoreScope scope, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(1L, await scope.Conversations.TrySaveAsync($"teams|t|personal|u{i}", Payload(i), 0, At, CancellationToken.None));
            Assert.True(await scope.Ledger.TryRecordAsync($"slack:event:Ev{i}", At, TimeSpan.FromHours(1), CancellationToken.None));
        }
    }

    private static async Task AssertDialogStateIntactAsync(StoreScope scope, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var conversation = await scope.Conversations.GetAsync($"teams|t|personal|u{i}", CancellationToken.None);
            Assert.Equal(Payload(i), conversation?.Payload);
            // Recording a delivery that is already recorded answers false: the key is still there.
            Assert.False(await scope.Ledger.TryRecordAsync($"slack:event:Ev{i}", At, TimeSpan.FromHours(1), CancellationToken.None));
        }
    }

    private static string Payload(int i) => $$"""{"dialog":{"step":"budget","n":{{i}}},"padding":"{{new string('x', 1500)}}"}""";

    /// <summary>A recommendation whose text does not compress, so each takes about 12 KB.</summary>
    private static Recommendation Large(string id) =>
        SampleRecommendations.Create(id, createdAt: At) with { Text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(9000)) };

    private static long EvictedKeys(string? stats) =>
        long.Parse(EvictedKeysLine().Match(stats ?? string.Empty).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"--maxmemory-policy\s+(\S+?)[\s""]")]
    private static partial Regex Policy();

    [GeneratedRegex(@"evicted_keys:(\d+)")]
    private static partial Regex EvictedKeysLine();
}
