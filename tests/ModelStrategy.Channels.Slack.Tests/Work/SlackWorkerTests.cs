using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.ChannelSupport.Telemetry;
using Moq;

namespace ModelStrategy.Channels.Slack.Tests.Work;

public sealed class SlackWorkerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddHours(1);
    private const string Here = "this-instance";
    private const string Elsewhere = "another-instance";
    private const string Ended = "ended-process-on-this-machine";
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly InMemoryInbox _inbox = new();
    private readonly SlackWorkQueue _queue = new();
    private readonly List<(string Partition, int Index)> _seen = [];
    private readonly List<TextMessageInput> _dialog = [];
    private readonly Gate _gate = new();

    [Fact]
    public void TryEnqueue_LaneFull_Refused()
    {
        var accepted = Enumerable.Range(0, SlackWorkQueue.LaneCapacity + 1).Select(i => _queue.TryEnqueue(new Probe("same-partition", i, null))).ToList();

        Assert.All(accepted.Take(SlackWorkQueue.LaneCapacity), Assert.True);
        Assert.False(accepted[^1]);
    }

    [Fact]
    public void TryEnqueue_AfterComplete_Refused()
    {
        _queue.Complete();

        Assert.False(_queue.TryEnqueue(new Probe("p", 0, null)));
    }

    [Fact]
    public void TryEnqueue_InboxItemAlreadyHeld_NotQueuedTwice()
    {
        Assert.True(_queue.TryEnqueue(new Probe("p", 0, null) { InboxKey = "k" }));
        Assert.True(_queue.TryEnqueue(new Probe("p", 1, null) { InboxKey = "k" }));

        Assert.True(_queue.Holds("k"));
        Assert.Equal(1, _queue.Readers.Sum(r => r.Count));
    }

    [Fact]
    public async Task Worker_RunsEachItemWithItsHandler_InOrderPerPartition_AndSurvivesAFailure()
    {
        using var worker = Worker();
        var items = Enumerable.Range(0, 20).Select(i => new Probe(i % 2 == 0 ? "a" : "b", i, i == 4 ? "boom" : null)).ToList();

        await worker.StartAsync(CancellationToken.None);
        items.ForEach(item => Assert.True(_queue.TryEnqueue(item)));
        await worker.StopAsync(CancellationToken.None);

        lock (_seen)
        {
            Assert.Equal(items.Count, _seen.Count);
            Assert.Equal(items.Where(i => i.Partition == "a").Select(i => i.Index), _seen.Where(s => s.Partition == "a").Select(s => s.Index));
            Assert.Equal(items.Where(i => i.Partition == "b").Select(i => i.Index), _seen.Where(s => s.Partition == "b").Select(s => s.Index));
        }
    }

    [Fact]
    public async Task Worker_InboxItemWhoseLeaseRanOut_IsReadFromItsRawBodyRunAndCompleted()
    {
        // An instance stored the event, acknowledged it and died: its lease has run out.
        await _inbox.TryAddAsync("slack:event:Ev123ABC456", EventsEndpoint.Inbox.Name, Payloads.Text("app_mention"), Elsewhere, Now, CancellationToken.None);
        using var worker = Worker();

        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.Items.Count == 0);
        await worker.StopAsync(CancellationToken.None);

        // What the work read back carries (its key, attempts) is asserted by SlackInboxTests.
        Assert.Equal("Ev123ABC456", Assert.Single(_dialog).DeliveryId);
    }

    [Fact]
    public async Task Worker_AtStartUp_TakesOverTheItemsOfAnEndedProcessAtOnce_AndLeavesLiveOnesAlone()
    {
        // Arrange: this machine's previous process (ended) and a live instance elsewhere both hold items for an hour.
        // The clock never moves, so no lease runs out: only taking over the ended owner's items can run one.
        await _inbox.TryAddAsync("slack:event:Ev123ABC456", EventsEndpoint.Inbox.Name, Payloads.Text("app_mention"), Ended, Later, CancellationToken.None);
        await _inbox.TryAddAsync("live", "probe", "{}", Elsewhere, Later, CancellationToken.None);
        using var worker = Worker();

        // Act
        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.Items.Count == 1);
        await worker.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal("Ev123ABC456", Assert.Single(_dialog).DeliveryId);
        Assert.Equal(("live", Elsewhere, Later), (Assert.Single(_inbox.Items).Key, _inbox.OwnerOf("live"), _inbox.LeasedUntil("live")));
        Assert.Empty(_seen);
    }

    [Fact]
    public async Task Worker_ItemRunningForManyLeases_KeepsItsLeaseRenewed_SoNoOtherInstanceTakesItOver()
    {
        // Arrange: an item of this instance whose work blocks
        var lease = TimeSpan.FromSeconds(new SlackOptions().InboxLeaseSeconds);
        await _inbox.TryAddAsync("running", "probe", "{}", Here, Now + lease, CancellationToken.None);
        using var worker = Worker();
        await worker.StartAsync(CancellationToken.None);
        Assert.True(_queue.TryEnqueue(new Probe("p", 0, null, Blocks: true) { InboxKey = "running" }));
        await _gate.Entered.Task.WaitAsync(TimeSpan.FromMinutes(1));

        // Act: ten leases' time passes in small steps, each renewal waited for
        for (var renewals = 1; renewals <= 10 * InboxLeases.RenewalsPerLease; renewals++)
        {
            while (_inbox.RenewCalls < renewals)
            {
                _clock.Advance(TimeSpan.FromMilliseconds(100));
                await Task.Delay(5);
            }
        }

        var elsewhere = await _inbox.LeaseAsync(Elsewhere, _clock.GetUtcNow(), _clock.GetUtcNow() + lease, 10, CancellationToken.None);
        _gate.Open.SetResult();
        await Eventually(() => _inbox.Items.Count == 0);
        await worker.StopAsync(CancellationToken.None);

        // Assert
        Assert.True(_clock.GetUtcNow() - Now >= 10 * lease, "ten leases' time passed");
        Assert.Empty(elsewhere);
        Assert.Equal([("p", 0)], _seen);
    }

    [Fact]
    public async Task Worker_BacklogOfManyLeaseBatches_DrainsWithoutWaitingForThePollInterval()
    {
        // Arrange: a flood (one mention each in many threads) left far more items in the inbox than one lease takes.
        // The clock never moves, so only leasing again at once (not after the poll interval) can drain them.
        const int count = (SlackWorker.LeaseBatch * 5) + 3;
        for (var i = 0; i < count; i++)
        {
            await _inbox.TryAddAsync($"slack:event:Ev{i}", EventsEndpoint.Inbox.Name, Payloads.Text("app_mention").Replace("Ev123ABC456", $"Ev{i}", StringComparison.Ordinal).Replace("1515449522.000016", $"1515449522.{i:D6}", StringComparison.Ordinal), Elsewhere, Now, CancellationToken.None);
        }

        using var worker = Worker();

        // Act
        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.Items.Count == 0);
        await worker.StopAsync(CancellationToken.None);

        // Assert: every item ran exactly once.
        Assert.Equal(count, _dialog.Select(input => input.DeliveryId).Distinct().Count());
        Assert.Equal(count, _dialog.Count);
    }

    [Fact]
    public async Task Worker_InboxItemThatHoldsNoWork_IsDropped()
    {
        await _inbox.TryAddAsync("slack:event:Ev9", EventsEndpoint.Inbox.Name, "{\"type\":\"event_callback\"}", Elsewhere, Now, CancellationToken.None);
        using var worker = Worker();

        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.Items.Count == 0);
        await worker.StopAsync(CancellationToken.None);

        Assert.Empty(_dialog);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(SlackWorker.MaxAttempts, false)]
    public async Task Worker_FailingInboxItem_IsReleasedForAnotherAttemptUntilTheLast(int attempt, bool kept)
    {
        await _inbox.TryAddAsync("k", "probe", "{}", Here, Later, CancellationToken.None);
        using var worker = Worker();

        await worker.StartAsync(CancellationToken.None);
        Assert.True(_queue.TryEnqueue(new Probe("p", 0, "boom") { InboxKey = "k", Attempts = attempt }));
        await Eventually(() => !_queue.Holds("k"));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(kept, _inbox.Items.Count == 1);
        if (kept)
        {
            Assert.Equal(Now, _inbox.LeasedUntil("k"));
        }
    }

    [Fact]
    public async Task StopAsync_WhileAnItemRuns_ItFinishesAndCompletes_ItemsNotStartedAreReleasedNotRun()
    {
        await _inbox.TryAddAsync("running", "probe", "{}", Here, Later, CancellationToken.None);
        await _inbox.TryAddAsync("waiting", "probe", "{}", Here, Later, CancellationToken.None);
        using var worker = Worker();
        await worker.StartAsync(CancellationToken.None);
        Assert.True(_queue.TryEnqueue(new Probe("p", 0, null, Blocks: true) { InboxKey = "running" }));
        Assert.True(_queue.TryEnqueue(new Probe("p", 1, null) { InboxKey = "waiting" }));
        await _gate.Entered.Task.WaitAsync(TimeSpan.FromMinutes(1));

        var stopping = worker.StopAsync(CancellationToken.None);
        _gate.Open.SetResult();
        await stopping;

        var left = Assert.Single(_inbox.Items);
        Assert.Equal("waiting", left.Key);
        Assert.Equal(Now, _inbox.LeasedUntil("waiting"));
        Assert.Equal([("p", 0)], _seen);
        Assert.False(_queue.Holds("waiting"));
    }

    [Fact]
    public async Task Worker_NobodyCollectsTheDepthGauge_NeverCountsTheInbox()
    {
        using var meter = new BotMeter();
        using var worker = Worker(new InboxMetrics(meter));

        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.LeaseCalls > 0);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(0, _inbox.CountCalls);
    }

    [Fact]
    public async Task Worker_WhileTheDepthGaugeIsCollected_ReportsTheCountOfEachPoll()
    {
        using var meter = new BotMeter();
        var depth = new InboxMetrics(meter);
        var reported = new List<(long Value, string? Channel)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (reported)
            {
                reported.Add((value, tags.ToArray().Single(t => t.Key == MetricNames.ChannelTag).Value as string));
            }
        });
        listener.Start();
        await _inbox.TryAddAsync("elsewhere-1", "events", "{}", Elsewhere, Later, CancellationToken.None);
        await _inbox.TryAddAsync("elsewhere-2", "events", "{}", Elsewhere, Later, CancellationToken.None);
        using var worker = Worker(depth);

        listener.RecordObservableInstruments();
        var before = reported.Count;
        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => _inbox.CountCalls > 0);
        await worker.StopAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal(0, before);
        Assert.Equal((2L, "slack"), Assert.Single(reported));
    }

    private SlackWorker Worker(InboxMetrics? depth = null)
    {
        // The real dialog handler, over an engine that records each input and answers nothing new.
        var engine = new Mock<IConversationEngine>();
        engine.Setup(e => e.HandleAsync(It.IsAny<ConversationInput>(), It.IsAny<CancellationToken>()))
            .Callback<ConversationInput, CancellationToken>((input, _) =>
            {
                lock (_dialog)
                {
                    _dialog.Add((TextMessageInput)input);
                }
            })
            .ReturnsAsync(new ConversationReply([], ReplyDelivery.NewMessage, null, Duplicate: true));
        var services = new ServiceCollection()
            .AddSingleton(_seen).AddSingleton(_gate).AddTransient<ProbeHandler>()
            .AddSingleton(engine.Object).AddSingleton<IInbox>(_inbox).AddSingleton(Mock.Of<ISlackApiClient>())
            .AddTransient<SlackReplySender>().AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSlackBlockKit()
            .BuildServiceProvider();
        var leases = new InboxLeases(_inbox, new FixedInboxOwner(Here, Ended), _clock);
        return new SlackWorker(_queue, _inbox, leases, Options.Create(new SlackOptions()), _clock,
            services.GetRequiredService<IServiceScopeFactory>(), NullLogger<SlackWorker>.Instance, depth: depth);
    }

    /// <summary>Waits for a condition the worker brings about in the background, with a generous bound.</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + 60_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, "the worker did not get there within a minute");
            await Task.Delay(10);
        }
    }

    private sealed record Probe(string Key, int Index, string? Fail, bool Blocks = false) : SlackWork
    {
        public override string Partition => Key;

        public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            services.GetRequiredService<ProbeHandler>().HandleAsync(this, cancellationToken);
    }

    private sealed class Gate
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class ProbeHandler(List<(string, int)> seen, Gate gate)
    {
        public async Task HandleAsync(Probe work, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add((work.Partition, work.Index));
            }

            if (work.Blocks)
            {
                gate.Entered.SetResult();
                await gate.Open.Task;
            }

            if (work.Fail is not null)
            {
                throw new InvalidOperationException(work.Fail);
            }
        }
    }
}
