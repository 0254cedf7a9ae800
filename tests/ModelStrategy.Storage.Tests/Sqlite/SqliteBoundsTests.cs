using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

/// <summary>
/// The retention sweep keeps SQLite bounded: recommendations over their space (Storage:RecommendationSpaceMegabytes) go,
/// oldest first, and conversations with no input for Storage:ConversationRetention are deleted.
/// </summary>
public sealed class SqliteBoundsTests
{
    [Fact]
    public async Task SweepAsync_RecommendationsOverTheirSpace_OldestGoUntilTheRestFits()
    {
        using var db = new TempDatabase(spaceMegabytes: 1);
        for (var i = 0; i < 60; i++)
        {
            // About 30 KB each after compression: 1.8 MB in all, under the 90-day retention.
            var recommendation = SampleRecommendations.Create($"rec-{i:D2}", createdAt: TestClock.Start - TimeSpan.FromMinutes(60 - i))
                with { Text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(22_000)) };
            await db.Store.SaveAsync(recommendation, CancellationToken.None);
        }

        using var listener = new MeterListener();
        double? fill = null;
        long evictedCounted = 0;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == db.Meter.Meter && instrument.Name is MetricNames.RecommendationSpaceFill or MetricNames.RecommendationsEvicted)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => fill = value);
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => evictedCounted += value);
        listener.Start();

        var result = await db.Sweeper.SweepAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal(0, result.Deleted);
        Assert.InRange(result.Evicted, 20, 40);
        Assert.Equal(result.Evicted, evictedCounted);
        Assert.InRange(fill!.Value, 0.5, 1.0);
        Assert.Null(await db.Store.GetAsync("rec-00", CancellationToken.None));
        Assert.NotNull(await db.Store.GetAsync("rec-59", CancellationToken.None));
        var (used, evictUpTo) = await new ModelStrategy.Storage.Sqlite.SqliteRecommendationSpace(db.Database,
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { RecommendationSpaceMegabytes = 1 })).MeasureAsync(CancellationToken.None);
        Assert.InRange(used, 1, 1024 * 1024);
        Assert.Null(evictUpTo);
    }

    [Fact]
    public async Task SweepAsync_RecommendationsWithinTheirSpace_NothingGoes()
    {
        using var db = new TempDatabase(spaceMegabytes: 1);
        for (var i = 0; i < 10; i++)
        {
            await db.Store.SaveAsync(SampleRecommendations.Create($"rec-{i}"), CancellationToken.None);
        }

        var result = await db.Sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(0, result.Evicted);
        Assert.NotNull(await db.Store.GetAsync("rec-0", CancellationToken.None));
    }

    [Fact]
    public async Task SweepAsync_ConversationsPastTheirRetention_Deleted_RecentOnesKept()
    {
        using var db = new TempDatabase(conversationRetention: TimeSpan.FromDays(30));
        var old = TestClock.Start - TimeSpan.FromDays(31);
        var recent = TestClock.Start - TimeSpan.FromDays(29);
        for (var i = 0; i < 300; i++)
        {
            await db.Conversations.TrySaveAsync($"slack|T1|personal|old{i}", "{}", 0, old, CancellationToken.None);
        }

        await db.Conversations.TrySaveAsync("slack|T1|personal|recent", "{}", 0, recent, CancellationToken.None);

        var result = await db.Sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(300, result.ConversationsDeleted);
        Assert.Null(await db.Conversations.GetAsync("slack|T1|personal|old0", CancellationToken.None));
        Assert.Null(await db.Conversations.GetAsync("slack|T1|personal|old299", CancellationToken.None));
        Assert.NotNull(await db.Conversations.GetAsync("slack|T1|personal|recent", CancellationToken.None));
    }
}
