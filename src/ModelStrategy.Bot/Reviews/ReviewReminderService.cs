using Microsoft.Extensions.Options;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot.Reviews;

/// <summary>
/// Looks for reviews that came due at start-up (catching up on any missed while no instance ran) and then every
/// <see cref="ReviewOptions.CheckInterval"/> on the host's clock, and has the <see cref="ReviewRunner"/> post them. An
/// unreachable store is logged once until it answers again.
/// </summary>
internal sealed class ReviewReminderService(ReviewRunner runner, IOptions<ReviewOptions> options, TimeProvider time, ILogger<ReviewReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.MonthLength is { } month)
        {
            Log.ReviewMonthShortened(logger, month);
        }

        var failing = false;
        using var timer = new PeriodicTimer(settings.CheckInterval, time);
        do
        {
            try
            {
                foreach (var run in await runner.RunDueAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (run.Error is { } error)
                    {
                        Log.ReviewFailed(logger, run.ReminderId, run.Channel, run.Attempt, run.Outcome, error);
                    }
                    else
                    {
                        Log.ReviewRun(logger, run.ReminderId, run.Channel, run.Attempt, run.Outcome);
                    }
                }

                if (failing)
                {
                    failing = false;
                    Log.ReviewsReachable(logger);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    failing = true;
                    Log.ReviewsUnreachable(logger, ex, settings.CheckInterval);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
