using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Pricing;

/// <summary>
/// Loads the price file at start-up (an invalid or missing configured file stops the host, saying why) and checks
/// it for changes every <see cref="PricingOptions.CheckInterval"/> on the host's <see cref="TimeProvider"/>, so an
/// edit takes effect without a restart. A periodic check rather than file-system events: it also sees files replaced
/// on mounted volumes (Kubernetes ConfigMaps, Azure Files), where change notifications are unreliable.
/// </summary>
internal sealed class PriceFileWatcher(PriceFileSource source, IOptions<PricingOptions> options, TimeProvider time, ILogger<PriceFileWatcher> logger)
    : IHostedService, IDisposable
{
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        source.Load();
        if (source.Path is not null)
        {
            var interval = options.Value.CheckInterval;
            _timer = time.CreateTimer(_ => Check(), null, interval, interval);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    private void Check()
    {
        try
        {
            source.Reload();
        }
#pragma warning disable CA1031 // A failed check must not stop later ones; the book in force stays.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.PricesCheckFailed(logger, e);
        }
    }
}
