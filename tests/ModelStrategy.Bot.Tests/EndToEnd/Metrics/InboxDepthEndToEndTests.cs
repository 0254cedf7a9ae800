using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>The inbox depth gauge reports what the worker last counted in the durable inbox, tagged slack.</summary>
[Trait("Category", "E2E")]
public sealed class InboxDepthEndToEndTests
{
    [Fact]
    public async Task ItemsLeasedElsewhere_AreReportedAsTheDepth_AndTheGaugeFollowsACompletion()
    {
        using var factory = new FastPollSlackBotFactory();
        using var capture = new MetricCapture(factory.Services);
        var inbox = factory.Services.GetRequiredService<IInbox>();
        var farFuture = TimeProvider.System.GetUtcNow().AddHours(1);

        // Two items leased by "another instance" for an hour: stored, not taken up by this worker.
        Assert.True(await inbox.TryAddAsync("metrics:depth:1", "events", "{}", "another-instance", farFuture, CancellationToken.None));
        Assert.True(await inbox.TryAddAsync("metrics:depth:2", "events", "{}", "another-instance", farFuture, CancellationToken.None));
        var two = await capture.WaitForAsync(MetricNames.InboxDepth, m => m.Value == 2);
        await inbox.CompleteAsync("metrics:depth:1", CancellationToken.None);
        var one = await capture.WaitForAsync(MetricNames.InboxDepth, m => m.Value == 1);

        Assert.True(two.Has(("channel", "slack")));
        Assert.True(one.Has(("channel", "slack")));
        Assert.Equal("{item}", one.Unit);
    }
}
