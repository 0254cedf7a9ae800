using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// Runs the queued work, one reader per lane, each item with the handler registered (keyed) for its type. A failing item is logged and the lane moves on. On shutdown the queue
/// stops accepting work and what is already queued is drained until the host's shutdown timeout.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, ILogger<SlackWorker> logger) : BackgroundService
{

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
            // A scope per item: handlers use typed HttpClients, which must not live as long as the worker.
            var scope = scopes.CreateAsyncScope();
            await using (scope)
            {
                var handler = scope.ServiceProvider.GetRequiredKeyedService<ISlackWorkHandler>(work.GetType());
                await handler.HandleAsync(work, stoppingToken);
            }
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
