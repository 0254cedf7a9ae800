using System.Globalization;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// A seeded generator posts thousands of mutated real payloads (flipped bits, truncation, wrong JSON types, huge
/// strings, deep nesting, lone surrogates and invalid UTF-8, duplicated keys, numbers out of range, broken forms) to
/// every endpoint; Slack bodies are signed over their exact bytes and Teams activities come from loopback in
/// development mode, so the mutations reach the parsers. No answer may be a 5xx, nothing may be logged at Error or
/// above, and afterwards every stored recommendation, conversation and inbox item must still parse.
/// FUZZ_SEED replays a run (the seed is printed and named in every failure); FUZZ_ITERATIONS sets its length.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 2_000;

    /// <summary>Bot Framework's answer to an invoke whose name the bot does not handle (the SDKs answer the same).</summary>
    private const int InvokeNotImplemented = 501;

    [Fact]
    public async Task MutatedPayloads_ToEveryEndpoint_No5xxNoErrorLoggedAndTheStoreStillParses()
    {
        // Arrange
        var seed = Setting("FUZZ_SEED") ?? Random.Shared.Next();
        var iterations = Setting("FUZZ_ITERATIONS") ?? DefaultIterations;
        output.WriteLine($"FUZZ_SEED={seed} FUZZ_ITERATIONS={iterations}");
        using var factory = new FuzzBotFactory();
        var seeds = await FuzzSeeds.GatherAsync(factory);
        var targets = FuzzTargets.All(factory, seeds);
        var random = new Random(seed);
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);

        // Act
        for (var n = 0; n < iterations; n++)
        {
            var target = targets[random.Next(targets.Count)];
            var request = target.Next(n, new Random(random.Next()));
            var answer = await factory.SendAsync(request);
            var key = $"{target.Name} {answer.Status}";
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
            if (answer.Status >= 500 && !(request.Path == "/api/messages" && answer.Status == InvokeNotImplemented))
            {
                failures.Add($"case {n} ({target.Name}): {request.Method} {Shorten(request.Path)} [{request.ContentType}] answered {answer.Status}"
                    + $"{(answer.Escaped is null ? string.Empty : " throwing " + answer.Escaped.GetType().Name + ": " + answer.Escaped.Message)} to {Shorten(System.Text.Encoding.UTF8.GetString(request.Body))}");
            }
        }

        await WaitForTheInboxToDrainAsync(factory);

        // Assert
        output.WriteLine(string.Join(Environment.NewLine, statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.Count == 0, $"FUZZ_SEED={seed}: {failures.Count} answers were 5xx:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(10))}");
        var errors = factory.Capture.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message} {e.Exception}").ToList();
        Assert.True(errors.Count == 0, $"FUZZ_SEED={seed}: {errors.Count} lines logged at Error or above; first: {errors.FirstOrDefault()}");
        var problems = StoreConsistency.Problems(factory.SqlitePath);
        Assert.True(problems.Count == 0, $"FUZZ_SEED={seed}: {problems.Count} stored rows do not parse:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(10))}");
        Assert.True(StoreConsistency.Count(factory.SqlitePath, "recommendations") > 0, "the valid seeds stored no recommendation: the fuzz did not reach the store");
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Lets the Slack worker finish what the run queued, so its failures are logged before the assertions.</summary>
    private static async Task WaitForTheInboxToDrainAsync(FuzzBotFactory factory)
    {
        for (var i = 0; i < 300 && StoreConsistency.Count(factory.SqlitePath, "inbox") > 0; i++)
        {
            await Task.Delay(100);
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"… ({text.Length} chars)" : text;
}
