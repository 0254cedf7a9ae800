using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ModelStrategy.Benchmarks.Cards;
using ModelStrategy.Benchmarks.Triage;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Decision;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;
using ModelStrategy.Core.Triage;
using ModelStrategy.Storage;
using ModelStrategy.Storage.Sqlite;

namespace ModelStrategy.Benchmarks.CpuTime;

/// <summary>One repeatable operation measured by <see cref="CpuTimeRunner"/>.</summary>
internal interface ICpuWorkload : IAsyncDisposable
{
    int OpsPerRound { get; }

    Task RunAsync(int ops);

    /// <summary>Anything else worth printing about the last round (e.g. latency percentiles), or empty.</summary>
    string Describe() => string.Empty;
}

/// <summary>The workloads by name: the core, the JSON and the store, as POST /api/recommendations uses them; card rendering per channel.</summary>
internal static class CpuWorkloads
{
    public static IReadOnlyDictionary<string, Func<ICpuWorkload>> All { get; } = WithTriageInputs(new Dictionary<string, Func<ICpuWorkload>>
    {
        ["recommend"] = () => new Synchronous(10_000, Recommend()),
        ["recommend-text"] = () => new Synchronous(5_000, RecommendText()),
        ["flip-search"] = () => new Synchronous(10_000, FlipSearch()),
        ["serialize"] = () => new Synchronous(20_000, Serialize()),
        ["store-1"] = () => new StoreSaves(4_000, writers: 1),
        ["store-16"] = () => new StoreSaves(8_000, writers: 16),
        ["store-64"] = () => new StoreSaves(8_000, writers: 64),
        ["card-teams-recommendation"] = () => new Synchronous(20_000, TeamsCard(CardScenarios.Recommendation())),
        ["card-teams-question"] = () => new Synchronous(20_000, TeamsCard(CardScenarios.FirstQuestion())),
        ["card-slack-recommendation"] = () => new Synchronous(20_000, SlackCard(CardScenarios.Recommendation())),
        ["card-slack-question"] = () => new Synchronous(20_000, SlackCard(CardScenarios.FirstQuestion())),
        ["dialog-cycle"] = () => new DialogCycle(6_000),
    });

    /// <summary>"triage-realistic-600", "triage-spaces-4000", …: the triage parser alone on each of <see cref="TriageInputs"/>.</summary>
    private static Dictionary<string, Func<ICpuWorkload>> WithTriageInputs(Dictionary<string, Func<ICpuWorkload>> workloads)
    {
        foreach (var (name, text) in TriageInputs.All)
        {
            workloads["triage-" + name] = () => new Synchronous(1_000, () => TriageParser.Parse(text, TriageInputs.ReadOn));
        }

        return workloads;
    }

    /// <summary>The Adaptive Card's UTF-8 JSON, as it goes into the activity.</summary>
    private static Action TeamsCard(Card card)
    {
        var renderer = new AdaptiveCardRenderer(ReportLinks.Under(CardScenarios.PublicBaseUrl.AbsoluteUri));
        return () => renderer.RenderUtf8(card);
    }

    /// <summary>The Block Kit message (fallback text and blocks), as the Slack sender gets it.</summary>
    private static Action SlackCard(Card card)
    {
        var renderer = new BlockKitRenderer(ReportLinks.Under(CardScenarios.PublicBaseUrl.ToString()));
        return () => renderer.Render(card);
    }

    private static Action Recommend()
    {
        var service = new RecommendationService(TimeProvider.System);
        return () => service.Recommend(Scenarios.Typical);
    }

    private static Action RecommendText()
    {
        var service = new RecommendationService(TimeProvider.System);
        return () => service.RecommendFromText(Scenarios.QuickTriageText);
    }

    private static Action FlipSearch()
    {
        var resolved = ConstraintDefaults.Resolve(Scenarios.Typical).Constraints;
        var scores = DecisionEngine.Evaluate(new EstimationContext(resolved, PriceBook.BuiltIn), detailed: true);
        var chosen = DecisionEngine.Choose(scores).Path;
        PathEstimate[] estimates = [.. scores.Select(s => s.Estimate)];
        return () => FlipFinder.Find(resolved, chosen, estimates, PriceBook.BuiltIn);
    }

    private static Action Serialize()
    {
        var recommendation = new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical);
        return () => JsonSerializer.SerializeToUtf8Bytes(recommendation, RecommendationJson.Options);
    }

    private sealed class Synchronous(int opsPerRound, Action operation) : ICpuWorkload
    {
        public int OpsPerRound => opsPerRound;

        public Task RunAsync(int ops)
        {
            for (var i = 0; i < ops; i++)
            {
                operation();
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Closed-loop writers, like wrk's connections: each saves a new typical row, waits, saves the next.</summary>
    private sealed class StoreSaves : ICpuWorkload
    {
        private readonly int _writers;
        private readonly string _folder = Directory.CreateTempSubdirectory("modelstrategy-cpu-").FullName;
        private readonly SqliteDatabase _database;
        private readonly SqliteWriter _writer;
        private readonly SqliteRecommendationStore _store;
        private readonly Recommendation _typical = new RecommendationService(TimeProvider.System).Recommend(Scenarios.Typical);
        private readonly byte[] _json;

        public StoreSaves(int opsPerRound, int writers)
        {
            (OpsPerRound, _writers) = (opsPerRound, writers);
            _database = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder, "cpu.db") }));
            _writer = new SqliteWriter(_database);
            _store = new SqliteRecommendationStore(_database, _writer, new RecommendationRetention(Options.Create(new StorageOptions()), TimeProvider.System));
            _json = JsonSerializer.SerializeToUtf8Bytes(_typical, RecommendationJson.Options);
        }

        public int OpsPerRound { get; }

        private double[] _latencies = [];

        public Task RunAsync(int ops)
        {
            var remaining = ops;
            var latencies = _latencies = new double[ops];
            return Task.WhenAll(Enumerable.Range(0, _writers).Select(_ => Task.Run(async () =>
            {
                int slot;
                while ((slot = Interlocked.Decrement(ref remaining)) >= 0)
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    await _store.SaveAsync(_typical with { Id = RecommendationIds.New() }, _json, CancellationToken.None);
                    latencies[slot] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            })));
        }

        public string Describe()
        {
            var sorted = _latencies.Order().ToArray();
            return System.FormattableString.Invariant(
                $"save latency p50 {sorted[sorted.Length / 2]:0.00} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0.00} ms, max {sorted[^1]:0.00} ms");
        }

        public async ValueTask DisposeAsync()
        {
            await _writer.DisposeAsync();
            _database.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
