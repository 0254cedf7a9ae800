using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Core.ChannelSupport.Telemetry;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Runs the queued work, one reader per lane, each item with its own handler (<see cref="SlackWork.RunAsync"/>), and completes
/// its inbox item when done. A failing item is released for another attempt, and given up (logged) after
/// <see cref="MaxAttempts"/>. While an item is queued or running here its short lease is renewed
/// (<see cref="InboxLeases"/>); at start-up the leases of this machine's ended processes are ended, so a restarted
/// instance resumes its unfinished work at once; every <see cref="SlackOptions.InboxPollSeconds"/> it leases inbox
/// items whose lease ran out (an instance died, or a queue was full) and queues them. On shutdown it drains: new work is refused,
/// items running finish (until the host's shutdown timeout), and items queued but not started are released at once
/// so the next instance takes them up (work not kept in the inbox still runs: there is nowhere to return it).
/// Metrics: each item done is a turn (<see cref="TurnMetrics"/>, from receipt to reply sent); while a listener collects
/// the inbox depth gauge, each poll also counts the inbox (<see cref="InboxMetrics"/>), so the gauge never waits on
/// the store.
/// </summary>
internal sealed class SlackWorker(
    SlackWorkQueue queue, IInbox inbox, InboxLeases leases, IOptions<SlackOptions> options, TimeProvider time,
    IServiceScopeFactory scopes, ILogger<SlackWorker> logger, TurnMetrics? turns = null, InboxMetrics? depth = null) : BackgroundService
{
    /// <summary>The channel tag of this worker's metrics.</summary>
    public const string Channel = "slack";

    /// <summary>How many runs an inbox item gets before it is given up.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The most inbox items leased per poll.</summary>
    public const int LeaseBatch = 32;

    /// <summary>
    /// How long the poll waits when the lanes refused an item (they are full): short, so a backlog drains as fast as
    /// the lanes run instead of one batch per poll interval.
    /// </summary>
    public static readonly TimeSpan FullLanesBackoff = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _draining = new();
    private int _disposed;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _draining.CancelAsync();
        }

        queue.Complete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The host's shutdown timeout came first; base.StopAsync cancels the work still running.
            }
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        // A host that failed to start may dispose its services before stopping them.
        Interlocked.Exchange(ref _disposed, 1);
        _draining.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leases are renewed until the last lane has finished, draining included.
        using var lanesDone = new CancellationTokenSource();
        var renewing = Task.Run(() => leases.KeepAsync(options.Value.InboxLease(), queue.HeldKeys, ex => Log.InboxFailed(logger, ex, "renew"), lanesDone.Token),
            CancellationToken.None);
        await Task.WhenAll([.. queue.Readers.Select(lane => Task.Run(async () =>
        {
            await foreach (var work in lane.ReadAllAsync(CancellationToken.None))
            {
                if (_draining.IsCancellationRequested && work.InboxKey is not null)
                {
                    await ReleaseAsync(work, drained: true);
                    continue;
                }

                await RunAsync(work, stoppingToken);
            }
        }, CancellationToken.None)), Task.Run(() => PollInboxAsync(stoppingToken), CancellationToken.None)]);
        await lanesDone.CancelAsync();
        await renewing;
    }

    /// <summary>Takes over the work of ended processes, then leases the inbox items whose lease ran out and queues them, until shutdown begins.</summary>
    private async Task PollInboxAsync(CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _draining.Token);
        var poll = TimeSpan.FromSeconds(options.Value.InboxPollSeconds);
        await ReleaseEndedOwnersAsync(stop.Token);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: lease again at once. Full lanes: wait a moment for room.
                var wait = await LeaseDueAsync(stop.Token) switch
                {
                    LeaseOutcome.FullBatch => TimeSpan.Zero,
                    LeaseOutcome.LanesFull => FullLanesBackoff,
                    _ => poll,
                };
                if (depth is { IsObserved: true })
                {
                    depth.Observe(Channel, await inbox.CountAsync(stop.Token));
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The store may be down for a while; the poll keeps going and says so.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.InboxFailed(logger, ex, "lease");
                await Task.Delay(poll, time, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Ends the leases of this machine's ended processes (a restart): their items are leased at the first poll.</summary>
    private async Task ReleaseEndedOwnersAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await leases.ReleaseEndedOwnersAsync(cancellationToken) is > 0 and var released)
            {
                Log.InboxOfEndedInstance(logger, released);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down before the first poll.
        }
#pragma warning disable CA1031 // The store may be down at start-up: the items are taken up when their leases run out.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.InboxFailed(logger, ex, "take-over");
        }
    }

    private async Task<LeaseOutcome> LeaseDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await inbox.LeaseAsync(leases.Owner, now, now + options.Value.InboxLease(), LeaseBatch, cancellationToken);
        var refused = false;
        foreach (var item in due)
        {
            if (queue.Holds(item.Key))
            {
                continue; // queued or running here already: the lease was only renewed
            }

            if (SlackInbox.Decode(item) is not { } work)
            {
                Log.InboxUnreadable(logger, item.Key);
                await inbox.CompleteAsync(item.Key, cancellationToken);
                continue;
            }

            Log.InboxResumed(logger, item.Key, item.Attempts);
            if (!queue.TryEnqueue(work with { ReceivedAt = time.GetTimestamp() }))
            {
                refused = true;
                await inbox.ReleaseAsync(item.Key, leases.Owner, time.GetUtcNow(), cancellationToken);
            }
        }

        return refused ? LeaseOutcome.LanesFull : due.Count == LeaseBatch ? LeaseOutcome.FullBatch : LeaseOutcome.Drained;
    }

    private async Task RunAsync(SlackWork work, CancellationToken stoppingToken)
    {
        try
        {
            // A scope per item: handlers use typed HttpClients, which must not live as long as the worker.
            var scope = scopes.CreateAsyncScope();
            await using (scope)
            {
                await work.RunAsync(scope.ServiceProvider, stoppingToken);
            }

            if (work.ReceivedAt is { } received)
            {
                turns?.Record(Channel, Kind(work), time.GetElapsedTime(received));
            }

            await CompleteAsync(work);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down past the host's timeout: the item goes back to the inbox for the next instance.
            await ReleaseAsync(work, drained: true);
        }
#pragma warning disable CA1031 // One bad item must not stop the lane; the failure is logged with its type.
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            Log.WorkFailed(logger, ex, work.GetType().Name);
            if (work.Attempts >= MaxAttempts)
            {
                Log.InboxGaveUp(logger, work.InboxKey ?? work.GetType().Name, work.Attempts);
                await CompleteAsync(work);
            }
            else
            {
                await ReleaseAsync(work, drained: false);
            }
        }
    }

    /// <summary>The turn kind tag: a message event, another event (link previews, the Home tab), a slash command, or an interaction (button, modal, shortcut).</summary>
    private static string Kind(SlackWork work) => work switch
    {
        DialogMessageWork => "message",
        UnfurlWork or HomeWork => "event",
        OpenModalWork or QuickWork => "command",
        _ => "interaction",
    };

    private Task CompleteAsync(SlackWork work) =>
        InboxAsync(work, "complete", key => inbox.CompleteAsync(key, CancellationToken.None));

    private Task ReleaseAsync(SlackWork work, bool drained) => InboxAsync(work, "release", async key =>
    {
        await inbox.ReleaseAsync(key, leases.Owner, time.GetUtcNow(), CancellationToken.None);
        if (drained)
        {
            Log.InboxReleased(logger, key);
        }
    });

    /// <summary>Runs an inbox write for the item (none when it is not an inbox item); the item is no longer held here.</summary>
    private async Task InboxAsync(SlackWork work, string operation, Func<string, Task> write)
    {
        try
        {
            if (work.InboxKey is { } key)
            {
                await write(key);
            }
        }
#pragma warning disable CA1031 // The store may be down: the item's lease runs out and it is taken up again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.InboxFailed(logger, ex, operation);
        }
        finally
        {
            queue.Done(work);
        }
    }

    private enum LeaseOutcome
    {
        /// <summary>Fewer than a batch was due: nothing more until the next poll.</summary>
        Drained,

        /// <summary>A whole batch was due and queued: more may be waiting.</summary>
        FullBatch,

        /// <summary>A lane refused an item, which went back to the inbox.</summary>
        LanesFull,
    }
}
