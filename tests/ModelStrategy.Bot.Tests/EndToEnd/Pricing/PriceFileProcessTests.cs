using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Bot.Tests.EndToEnd.Crash;
using ModelStrategy.Bot.Tests.Pricing;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Pricing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Tests.Shared.Repository;

namespace ModelStrategy.Bot.Tests.EndToEnd.Pricing;

/// <summary>
/// Issue 19's "Show", as an operator does it: the host's executable exports its book, the real host runs on that file,
/// the file is replaced with dearer labour and checked with the executable, and the running host's answer to the same
/// POST changes path, without a restart.
/// </summary>
[Trait("Category", "E2E")]
[Trait("Tier", "External")]
public sealed class PriceFileProcessTests : IDisposable
{
    /// <summary>The README's extraction project on a $60k budget: a LoRA fine-tune fits it only at the built-in labour rates.</summary>
    private const string Project = """
        {"need":"behavior","taskType":"extraction","labeledExamples":5000,"dataQuality":"clean","baseline":"close",
         "baselineErrorRatePct":10,"requestsPerDay":20000,"budgetUsd":60000,"deadlineWeeks":12,"dataSensitivity":"confidential"}
        """;

    private readonly PriceFiles.TempFolder _folder = new();

    private static string BotDll => Path.Combine(AppContext.BaseDirectory, "ModelStrategy.Bot.dll");

    [Fact]
    public async Task ExportedFileThenEdited_TheRunningHostChangesItsAnswerAndTheCheckSaysWhy()
    {
        var export = await RunAsync("pricing", "export");
        var file = _folder.Write("prices.yaml", export.StandardOutput);
        var edited = PriceFiles.RegionalLabour(engineer: 9000, researcher: 14000);
        var constraints = JsonSerializer.Deserialize<ProjectConstraints>(Project, RecommendationJson.Options)!;
        var expectedBefore = PriceImpact.Outcome(constraints, PriceBook.BuiltIn);
        var expectedAfter = PriceImpact.Outcome(constraints, PriceFileReader.Read(edited, PriceFileFormat.Yaml).Book!);

        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Pricing:File"] = file,
            ["Pricing:CheckInterval"] = "00:00:01",
            ["Storage:SqlitePath"] = Path.Combine(_folder.Root, "modelstrategy.db"),
        });
        var before = await RecommendAsync(bot);
        var staged = _folder.Write("prices.new.yaml", edited);
        var check = await RunAsync("pricing", "check", staged);
        File.Move(staged, file, overwrite: true);
        var after = await RecommendUnderAsync(bot, "2026-12-zurich");

        Assert.True(export.ExitCode == 0 && check.ExitCode == 0, $"{export}\n{check}");
        Assert.Equal("2026-11", Version(before));
        Assert.NotEqual(expectedBefore.Path, expectedAfter.Path);
        Assert.Equal((WireName.Of(expectedBefore.Path), expectedBefore.CostP50), (before.GetProperty("path").GetString(), Cost(before)));
        Assert.Equal((WireName.Of(expectedAfter.Path), expectedAfter.CostP50), (after.GetProperty("path").GetString(), Cost(after)));
        var labour = after.GetProperty("assumptions").EnumerateArray().Single(a => a.GetProperty("name").GetString()!.StartsWith("Loaded cost per engineer-week", StringComparison.Ordinal));
        Assert.Equal((9000, "our finance team, 2027 budget"), (labour.GetProperty("value").GetDouble(), labour.GetProperty("source").GetString()));
        Assert.Contains("Prices that differ from the built-in book (2 of 15):", check.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("    value: 4000 USD/FTE-week → 9000 USD/FTE-week\n", check.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Typical projects whose recommendation changes", check.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<ProcessRunner.Result> RunAsync(params string[] arguments) =>
        await ProcessRunner.RunAsync("dotnet", [BotDll, .. arguments], _folder.Root, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:1" });

    private static async Task<JsonElement> RecommendAsync(BotProcess bot)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseUri };
        using var response = await client.PostAsync(new Uri("api/recommendations", UriKind.Relative), new StringContent(Project, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}\n{bot.Output}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asks again until the host has read the edited file (it checks every second; the wait only bounds a hung host).</summary>
    private static async Task<JsonElement> RecommendUnderAsync(BotProcess bot, string version)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var answer = await RecommendAsync(bot);
            if (Version(answer) == version || waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                Assert.True(Version(answer) == version, $"still book {Version(answer)} after {waited.Elapsed}:\n{bot.Output}");
                return answer;
            }

            await Task.Delay(200);
        }
    }

    private static string Version(JsonElement r) => r.GetProperty("prices").GetProperty("version").GetString()!;

    private static double Cost(JsonElement r) => r.GetProperty("cost").GetProperty("p50").GetDouble();
}
