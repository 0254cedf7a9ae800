using ModelStrategy.Core.Triage;

namespace ModelStrategy.Bot.Hosting;

/// <summary>
/// Builds the quick-triage parser's linear-time regexes at start-up, off the request path, so the first
/// person to send free text does not wait for them.
/// </summary>
internal sealed class TriageWarmUp(ILogger<TriageWarmUp> logger) : BackgroundService
{
    private const string Sample = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k, under 200 ms";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var understood = TriageParser.Parse(Sample).Understood.Count;
        Log.TriageWarmedUp(logger, understood);
    }, stoppingToken);
}
