using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// Runs the <see cref="SqliteRecommendationSweeper"/> when the SQLite store is in use: once at start-up, then every
/// <see cref="Interval"/> on the injected clock. A failed sweep (an unreachable or unwritable file, say) is logged
/// and tried again next time, never stopping the host; expired rows read as unknown meanwhile, so nothing expired is
/// ever served. Redis needs no sweep: its keys expire by TTL.
/// </summary>
internal sealed class SqliteRetentionService(
    IOptions<StorageOptions> options, SqliteRecommendationSweeper sweeper, TimeProvider time, ILogger<SqliteRetentionService>? logger = null)
    : BackgroundService
{
    private readonly ILogger _logger = logger ?? NullLogger<SqliteRetentionService>.Instance;

    /// <summary>Time between sweeps.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <summary>Raised after each sweep that completed, with what it did (tests follow the schedule with it).</summary>
    internal event Action<SweepResult>? Swept;

    /// <summary>Raised after each sweep that failed (and will be tried again at the next interval).</summary>
    internal event Action<Exception>? SweepFailed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.UsesRedis)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
            if (result.Deleted > 0)
            {
                Log.RecommendationsExpired(_logger, result.Deleted, result.Batches, result.PagesReclaimed);
            }

            if (result.Evicted + result.ConversationsDeleted > 0)
            {
                Log.SweptToBound(_logger, result.Evicted, result.ConversationsDeleted);
            }

            Swept?.Invoke(result);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the next start sweeps again.
        }
#pragma warning disable CA1031 // A failed sweep must never stop the host: the store may be unreachable for a while.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.RetentionSweepFailed(_logger, ex);
            SweepFailed?.Invoke(ex);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
