using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Runs the queued work, one reader per lane. A failing item is logged and the lane moves on. On shutdown the queue
/// stops accepting work and what is already queued is drained until the host's shutdown timeout.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, IEnumerable<ISlackWorkHandler> handlers, ILogger<SlackWorker> logger) : BackgroundService
{
    private readonly Dictionary<Type, ISlackWorkHandler> _handlers = handlers.ToDictionary(h => h.WorkType);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(queue.Readers.Select(reader => Task.Run(async () =>
        {
            await foreach (var work in reader.ReadAllAsync(CancellationToken.None))
            {
                await RunAsync(work, stoppingToken);
            }
        }, CancellationToken.None)));

    private async Task RunAsync(SlackWork work, CancellationToken stoppingToken)
    {
        try
        {
            if (!_handlers.TryGetValue(work.GetType(), out var handler))
            {
                throw new InvalidOperationException($"No handler for {work.GetType().Name}");
            }

            await handler.HandleAsync(work, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down past the host's timeout: what is left is dropped (a durable inbox will keep it).
        }
#pragma warning disable CA1031 // One bad item must not stop the lane; the failure is logged with its type.
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            Log.WorkFailed(logger, ex, work.GetType().Name);
        }
    }
}
