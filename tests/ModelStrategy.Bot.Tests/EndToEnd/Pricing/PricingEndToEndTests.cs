using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Bot.Tests.Pricing;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Tests.EndToEnd.Pricing;

/// <summary>A price file changes recommendations through the HTTP API, and an edit takes effect without a restart.</summary>
[Trait("Category", "E2E")]
public sealed class PricingEndToEndTests
{
    /// <summary>The README's example: confidential extraction, so the tuned model is served on own GPUs.</summary>
    private const string Extraction = """
        {"need":"behavior","taskType":"extraction","labeledExamples":5000,"dataQuality":"clean","baseline":"close",
         "baselineErrorRatePct":10,"requestsPerDay":20000,"budgetUsd":150000,"deadlineWeeks":12,"dataSensitivity":"confidential"}
        """;

    private static readonly Uri Endpoint = new("/api/recommendations", UriKind.Relative);

    [Fact]
    public async Task Post_WithAPriceFileOfDearGpus_CostsAnotherBandAndNamesTheBook()
    {
        using var plain = new BotFactory();
        using var priced = new PricedBotFactory(PriceFiles.DearGpus(h100: 30, l40s: 12));

        var before = await RecommendAsync(plain);
        var after = await RecommendAsync(priced);

        Assert.Equal(("2026-11", "2026-11-22"), Stamp(before));
        Assert.Equal(("2026-12", "2026-11-30"), Stamp(after));
        Assert.Equal(["version", "asOf"], after.GetProperty("prices").EnumerateObject().Select(p => p.Name));
        var (costBefore, costAfter) = (Cost(before), Cost(after));
        Assert.NotEqual(CostBands.Of(costBefore), CostBands.Of(costAfter));
        Assert.True(costAfter > 2 * costBefore, $"{costBefore} → {costAfter}");
        var l40s = after.GetProperty("assumptions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "L40S price");
        Assert.Equal((12, "our cloud contract, renewal quote"), (l40s.GetProperty("value").GetDouble(), l40s.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task ReportPageAndMarkdown_OfAPricedRecommendation_NameItsBook()
    {
        using var factory = new PricedBotFactory(PriceFiles.DearGpus());
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, _) = await reports.CreateAsync(Extraction);

        var (_, page) = await reports.PageAsync(id);
        var markdown = await client.GetStringAsync(new Uri($"/r/{id}.md", UriKind.Relative));

        var fact = page.Descendants(ReportClient.Xhtml + "div").Single(d => (string?)d.Attribute("class") == "fact"
            && d.Elements().First().Value == "Prices");
        Assert.Equal(["Prices", "book 2026-12", "as of 2026-11-30"], fact.Elements().Select(e => e.Value));
        Assert.Contains("**Prices:** book 2026-12 (as of 2026-11-30)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AfterTheFileIsEdited_UsesTheNewBookWithoutARestartAndKeepsItThroughABadEdit()
    {
        using var factory = new PricedBotFactory(PriceFiles.DearGpus(h100: 30, l40s: 12, version: "2026-12"));
        var source = factory.Services.GetRequiredService<PriceFileSource>();
        var first = await RecommendAsync(factory);

        await File.WriteAllTextAsync(factory.PricePath, PriceFiles.DearGpus(h100: 2.75, l40s: 1.2, version: "2026-12b"));
        var reload = source.Reload();
        var second = await RecommendAsync(factory);
        await File.WriteAllTextAsync(factory.PricePath, PriceFiles.DearGpus(version: "2026-12c").Replace("value: 12", "value: twelve", StringComparison.Ordinal));
        var rejected = source.Reload();
        var third = await RecommendAsync(factory);

        Assert.Equal((PriceReload.Loaded, PriceReload.Kept), (reload, rejected));
        Assert.Equal(["2026-12", "2026-12b", "2026-12b"], new[] { first, second, third }.Select(r => Stamp(r).Version));
        Assert.True(Cost(second) < Cost(first) / 2, $"{Cost(first)} → {Cost(second)}");
        Assert.Equal(Cost(second), Cost(third));
        using var client = factory.CreateClient();
        var stored = await HttpAssert.JsonAsync(await client.GetAsync(new Uri($"/api/recommendations/{first.GetProperty("id").GetString()}", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal("2026-12", Stamp(stored).Version);
    }

    [Fact]
    public void Start_WithAnInvalidPriceFile_FailsNamingTheEntry()
    {
        var error = FailedStart.Of(() => new PricedBotFactory(PriceFiles.DearGpus().Replace("grade: A", "grade: excellent", StringComparison.Ordinal)));

        Assert.NotNull(error);
        Assert.Contains("gpu.h100.onDemand.grade: must be one of A, B, C, D, U", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> RecommendAsync(BotFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(Extraction));
        return await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
    }

    private static (string Version, string AsOf) Stamp(JsonElement r) =>
        (r.GetProperty("prices").GetProperty("version").GetString()!, r.GetProperty("prices").GetProperty("asOf").GetString()!);

    private static double Cost(JsonElement r) => r.GetProperty("cost").GetProperty("p50").GetDouble();
}
