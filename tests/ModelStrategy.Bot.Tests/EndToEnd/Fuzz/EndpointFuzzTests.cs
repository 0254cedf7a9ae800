using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// A seeded generator posts mutated real payloads (flipped bytes, truncation, wrong JSON types, huge strings, deep
/// nesting, unicode) to every endpoint, Slack ones correctly signed and Teams ones from loopback in development mode
/// so the mutations reach the parsers. No answer may be a 5xx and no Error or Critical line may be logged. Set
/// FUZZ_SEED to replay a failing run; the seed is in every failure message.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private const int CasesPerEndpoint = 150;

    [Fact]
    public async Task MutatedPayloads_ToEveryEndpoint_NeverAnswer5xxNorLogAnError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        output.WriteLine($"FUZZ_SEED={seed}");
        var random = new Random(seed);
        using var factory = new FuzzBotFactory();
        var url = factory.Slack.ResponseUrl("commands/fuzz");
        var connector = factory.Slack.BaseUri + "hooks/teams";
        var targets = new (string Path, string ContentType, string Valid)[]
        {
            ("/api/messages", "application/json", TeamsPayloads.Message("fuzz-1", "help", "a:fuzz").Replace(TeamsPayloads.ServiceUrl, connector, StringComparison.Ordinal)),
            ("/api/messages", "application/json", TeamsPayloads.Invoke("fuzz-2", "skip", "a:fuzz").Replace(TeamsPayloads.ServiceUrl, connector, StringComparison.Ordinal)),
            ("/slack/events", "application/json", SlackPayloads.Mention("Ev0FUZZ", "C0FUZZ", "1800000300.000100", "help")),
            ("/slack/commands", "application/x-www-form-urlencoded", Form(SlackPayloads.Command("C0FUZZ", "quick RAG, 500 docs", "trigger-fuzz", url))),
            ("/slack/interactions", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString("""{"type":"block_actions","team":{"id":"T0E2ETEAM"},"user":{"id":"U0ANA"},"actions":[{"action_id":"x","block_id":"b","value":"v"}]}""")),
            ("/api/recommendations", "application/json", """{"need":"knowledge","budgetUsd":50000,"text":"RAG over 500 docs"}"""),
        };

        var failures = new List<string>();
        foreach (var (path, contentType, valid) in targets)
        {
            for (var i = 0; i < CasesPerEndpoint; i++)
            {
                var body = Mutate(valid, random);
                var type = random.Next(10) == 0 ? "text/plain" : contentType;
                var status = path == "/api/messages"
                    ? await factory.TeamsAsync(body, type)
                    : (int)(await factory.PostAsync(path, body, type)).StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{path} answered {status} to {Shorten(body)}");
                }
            }
        }

        var get = await factory.CreateClient().GetAsync(new Uri("/r/" + Uri.EscapeDataString(Mutate("rec_0123456789abcdef", random)), UriKind.Relative));
        Assert.True((int)get.StatusCode < 500, $"FUZZ_SEED={seed}: /r/ answered {(int)get.StatusCode}");
        Assert.True(failures.Count == 0, $"FUZZ_SEED={seed}: {failures.Count} 5xx; first: {failures.FirstOrDefault()}");
        var errors = factory.Capture.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"FUZZ_SEED={seed}: {errors.Count} error lines; first: {errors.FirstOrDefault()}");
    }

    private static string Mutate(string valid, Random random) => random.Next(8) switch
    {
        0 => FlipBytes(valid, random),
        1 => valid[..random.Next(valid.Length)],
        2 => valid.Replace("\"", random.Next(2) == 0 ? "" : "\"\"", StringComparison.Ordinal),
        3 => Insert(valid, random, new string('x', random.Next(1_000, 80_000))),
        4 => new string('[', random.Next(10, 5_000)) + new string(']', random.Next(0, 5_000)),
        5 => Insert(valid, random, "\u0000\uFFFF\uD83D\uDE00\u202E\u00e9\\u0000"),
        6 => ReplaceAValue(valid, random),
        _ => random.Next(3) switch { 0 => "", 1 => "null", _ => "[1,2,3]" },
    };

    private static string FlipBytes(string valid, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        for (var i = 0; i < 1 + random.Next(8); i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string Insert(string valid, Random random, string inserted) => valid.Insert(random.Next(valid.Length), inserted);

    /// <summary>Swaps the first value after a random ':' for another JSON type.</summary>
    private static string ReplaceAValue(string valid, Random random)
    {
        var colon = valid.IndexOf(':', random.Next(valid.Length));
        if (colon < 0)
        {
            return valid;
        }

        var end = valid.IndexOfAny([',', '}'], colon);
        string[] values = ["null", "true", "12345678901234567890", "-1e400", "{}", "[]", "\"\"", "{\"a\":{\"b\":[]}}"];
        return valid[..(colon + 1)] + values[random.Next(values.Length)] + (end < 0 ? string.Empty : valid[end..]);
    }

    private static string Form(Dictionary<string, string> fields) => string.Join("&", fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));

    private static string Shorten(string body) => body.Length > 200 ? body[..200] + "…" : body;

    private sealed class FuzzBotFactory : SlackBotFactory
    {
        public ScopedLogCapture Capture { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings =>
            new Dictionary<string, string>(base.Settings) { ["RateLimits:Enabled"] = "false" };

        /// <summary>POSTs to /api/messages from loopback, as the development mode requires.</summary>
        public async Task<int> TeamsAsync(string body, string contentType)
        {
            var context = await Server.SendAsync(c =>
            {
                c.Request.Method = "POST";
                c.Request.Path = "/api/messages";
                c.Request.ContentType = contentType;
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
                c.Connection.RemoteIpAddress = IPAddress.Loopback;
            });
            return context.Response.StatusCode;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Capture).AddFilter<ScopedLogCapture>(null, LogLevel.Trace));
        }
    }
}
