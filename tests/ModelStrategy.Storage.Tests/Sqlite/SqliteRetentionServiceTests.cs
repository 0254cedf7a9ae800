using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>The hosted service that runs the retention sweep: at start-up, then on every tick of the injected clock.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class SqliteRetentionServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);
    private readonly SqliteStoreProvider _provider = new();
    private readonly FakeTimeProvider _clock = new(TestClock.Start);
    private StoreScope _scope = null!;

    public Task InitializeAsync()
    {
        _scope = _provider.Open(_clock, extra: new Dictionary<string, string?> { ["Storage:RecommendationRetention"] = "01:00:00" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task StartAsync_SqliteStore_SweepsAtOnceThenAtEachInterval()
    {
        // Arrange
        var service = Assert.Single(_scope.Services.GetServices<IHostedService>().OfType<SqliteRetentionService>());
        var sweeps = new List<TaskCompletionSource<SweepResult>> { new(), new() };
        var count = 0;
        service.Swept += result => sweeps[Math.Min(Interlocked.Increment(ref count), sweeps.Count) - 1].TrySetResult(result);
        await _scope.Recommendations.SaveAsync(SampleRecommendations.Create("expired", createdAt: _clock.GetUtcNow() - TimeSpan.FromHours(2)), CancellationToken.None);
        await _scope.Recommendations.SaveAsync(SampleRecommendations.Create("later", createdAt: _clock.GetUtcNow()), CancellationToken.None);

        // Act
        await service.StartAsync(CancellationToken.None);
        var first = await sweeps[0].Task.WaitAsync(WaitLimit);
        _clock.Advance(SqliteRetentionService.Interval + TimeSpan.FromHours(1));
        var second = await sweeps[1].Task.WaitAsync(WaitLimit);
        await service.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal((1, 1), (first.Deleted, second.Deleted));
        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task StartAsync_UnusableFile_EverySweepFailsAndTheServiceKeepsRunning()
    {
        // Arrange: the database's folder would have to be created inside a plain file
        var blocker = Path.Combine(Path.GetTempPath(), "ms-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a folder");
        await using var broken = _provider.Open(_clock, extra: new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(blocker, "data", "x.db") });
        var service = Assert.Single(broken.Services.GetServices<IHostedService>().OfType<SqliteRetentionService>());
        var failures = new List<TaskCompletionSource<Exception>> { new(), new() };
        var count = 0;
        service.SweepFailed += ex => failures[Math.Min(Interlocked.Increment(ref count), failures.Count) - 1].TrySetResult(ex);

        try
        {
            // Act
            await service.StartAsync(CancellationToken.None);
            await failures[0].Task.WaitAsync(WaitLimit);
            _clock.Advance(SqliteRetentionService.Interval);
            await failures[1].Task.WaitAsync(WaitLimit);

            // Assert: it failed twice, and is still waiting for the next interval
            Assert.False(service.ExecuteTask!.IsCompleted);
            await service.StopAsync(CancellationToken.None);
            Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task StartAsync_RedisStore_DoesNothing()
    {
        // Arrange
        await using var redis = _provider.Open(extra: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageOptions.RedisProvider, ["ConnectionStrings:Redis"] = "localhost:1",
        });
        var service = Assert.Single(redis.Services.GetServices<IHostedService>().OfType<SqliteRetentionService>());

        // Act
        await service.StartAsync(CancellationToken.None);

        // Assert: it ends by itself, without touching any store (the Redis address is unreachable)
        await service.ExecuteTask!.WaitAsync(WaitLimit);
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(File.Exists(redis.Options.SqlitePath));
        await service.StopAsync(CancellationToken.None);
    }
}
