using ModelStrategy.Core.Triage;

namespace ModelStrategy.Bot.Hosting;

/// <summary>
/// Builds the quick-triage parser's regexes and runs its code once off the request path, so the first person to
/// send free text does not pay for it. It must not compete with start-up on a small machine (when the patterns ran
/// on the non-backtracking engine this was 2–3 s of CPU; on the interpreter it is far less, docs/PERFORMANCE.md):
/// <see cref="Start"/> is called when <c>/readyz</c> first reports the host ready, or by this hosted service
/// <see cref="FallbackDelay"/> after hosted services start if nothing probes readiness. It never gates
/// <c>/readyz</c>; a free-text request that arrives before it is done waits only for the rest of it (the patterns
/// are built once per process, whoever asks first). The sample text is parsed once, which builds every pattern, on a
/// background thread named <c>triage-warm-up</c> (tests/load/run-startup.sh reads its CPU time); this service logs when
/// the parser is ready.
/// </summary>
internal sealed class TriageWarmUp(TimeProvider timeProvider, ILogger<TriageWarmUp> logger) : BackgroundService
{
    /// <summary>The name of the warm-up thread, as <c>/proc/PID/task/*/comm</c> shows it (at most 15 characters).</summary>
    private const string ThreadName = "triage-warm-up";

    /// <summary>The text the warm-up parses: one mention of most kinds of number and a sensitivity keyword.</summary>
    public const string Sample = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k, under 200 ms";

    /// <summary>How long after hosted services start the warm-up begins when no readiness probe has started it.</summary>
    public static readonly TimeSpan FallbackDelay = TimeSpan.FromSeconds(1);

    private static readonly Lazy<Task<int>> Parsing = new(Run, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts the warm-up on a background thread of its own, once per process; later calls do nothing.</summary>
    public static void Start() => _ = Parsing.Value;

    /// <summary>Starts the warm-up after <see cref="FallbackDelay"/> if nothing did, waits for it and logs how much of the sample it understood.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Parsing.IsValueCreated)
        {
            await Task.Delay(FallbackDelay, timeProvider, stoppingToken).ConfigureAwait(false);
        }

        var understood = await Parsing.Value.WaitAsync(stoppingToken).ConfigureAwait(false);
        Log.TriageWarmedUp(logger, understood);
    }

    private static Task<int> Run() => OnOwnThread(() => TriageParser.Parse(Sample).Understood.Count);

    private static Task<T> OnOwnThread<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
#pragma warning disable CA1031 // The warm-up is an optimisation: whatever fails here is reported to the awaiting service, never thrown on this thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                done.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = ThreadName,
        };
        thread.Start();
        return done.Task;
    }
}
