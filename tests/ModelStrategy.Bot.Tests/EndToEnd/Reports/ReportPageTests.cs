using System.Text.Json;
using System.Xml.Linq;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Formatting;
using static ModelStrategy.Bot.Tests.TestSupport.ReportClient;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reports;

/// <summary>GET /r/{id}: the page parses as XML, runs nothing, and its charts draw the numbers of the stored JSON.</summary>
[Trait("Category", "E2E")]
public sealed class ReportPageTests(BotFactory factory) : IClassFixture<BotFactory>
{
    public static TheoryData<string> Paths => ReportBodies.Paths;

    public static TheoryData<string> EdgeCases => ReportBodies.EdgeCaseNames;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_EveryPathChosen_WellFormedPageNamingIt(string path)
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.ChosenAsync(path);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        using (response)
        {
            Assert.Equal(path, json.GetProperty("path").GetString());
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.Equal(json.GetProperty("pathName").GetString(), page.Descendants(Xhtml + "h1").Single().Value);
            Assert.Equal(Display.MoneyRange(Cost(json, "p10"), Cost(json, "p50"), Cost(json, "p90")),
                page.Descendants(Xhtml + "span").First(s => (string?)s.Attribute("class") == "figure").Value);
            AssertSafe(page);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_EveryPathChosen_CostChartDrawsEachFeasiblePathsRange(string path)
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.ChosenAsync(path);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        response.Dispose();
        AssertCostChart(page, json);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_EveryPathChosen_TimelineAndScoreChartsDrawTheJson(string path)
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.ChosenAsync(path);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        response.Dispose();
        AssertTimelineChart(page, json);
        AssertScoreChart(page, json);
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public async Task Get_EdgeCase_WellFormedAndChartsStillMatch(string name)
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.CreateAsync(ReportBodies.EdgeCases[name]);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        response.Dispose();
        AssertSafe(page);
        AssertCostChart(page, json);
        AssertTimelineChart(page, json);
        AssertScoreChart(page, json);
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Value.Contains("NaN", StringComparison.Ordinal) || a.Value.Contains("Infinity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_TextWithMarkup_ShownAsTextNeverAsMarkup()
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.CreateAsync(ReportBodies.EdgeCases["markup-text"]);

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        response.Dispose();
        var cells = page.Descendants(Xhtml + "td").Select(td => td.Value).ToList();
        Assert.Contains(ReportBodies.MarkupUseCase.Replace('\u0001', '\uFFFD'), cells);
        Assert.Equal(json.GetProperty("text").GetString(), page.Descendants(Xhtml + "blockquote").Single().Value);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "img" or "b");
        Assert.Single(page.Descendants(Xhtml + "style"));
    }

    [Fact]
    public async Task Get_Peft_EveryChartHasATableOfTheSameNumbers()
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.ChosenAsync("peft");

        // Act
        var (response, page) = await reports.PageAsync(id);

        // Assert
        response.Dispose();
        foreach (var figure in page.Descendants(Xhtml + "figure").Where(f => f.Element(Svg + "svg") is not null))
        {
            Assert.False(string.IsNullOrWhiteSpace(figure.Element(Xhtml + "figcaption")?.Value));
        }

        var costTable = TableAfter(page, "cost");
        foreach (var p in json.GetProperty("paths").EnumerateArray().Where(p => p.GetProperty("feasible").GetBoolean()))
        {
            var row = costTable.Single(r => r[0].StartsWith(p.GetProperty("name").GetString()!, StringComparison.Ordinal));
            Assert.Equal([Money(p, "costP10Usd"), Money(p, "costP50Usd"), Money(p, "costP90Usd")], row[1..4]);
        }

        var timeline = TableAfter(page, "timeline");
        var phases = json.GetProperty("timelineWeeks").GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(phases.Count + 1, timeline.Count);
        Assert.All(phases.Zip(timeline), pair => Assert.Equal(
            [pair.First.GetProperty("name").GetString()!, Display.Duration(pair.First.GetProperty("p10").GetDouble()),
             Display.Duration(pair.First.GetProperty("p50").GetDouble()), Display.Duration(pair.First.GetProperty("p90").GetDouble())],
            (string[])[pair.Second[0], .. pair.Second[2..5]]));
    }

    /// <summary>No script, no event handler, no external resource: every link is relative, every SVG has a title and a description.</summary>
    private static void AssertSafe(XDocument page)
    {
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "iframe" or "object" or "embed" or "link" or "img" or "form");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || a.Name.LocalName is "src" or "srcset" or "style" or "formaction");
        Assert.All(page.Descendants(Xhtml + "a").Select(a => (string)a.Attribute("href")!), href => Assert.DoesNotContain(":", href, StringComparison.Ordinal));
        var svgs = page.Descendants(Svg + "svg").ToList();
        Assert.Equal(3, svgs.Count);
        Assert.All(svgs, svg =>
        {
            Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "desc")?.Value));
            Assert.Equal("img", (string?)svg.Attribute("role"));
        });
    }

    private static void AssertCostChart(XDocument page, JsonElement json)
    {
        var chart = ChartGeometry.Of(page, "cost");
        var chosen = json.GetProperty("path").GetString();
        var rows = chart.Svg.Descendants(Svg + "g").Where(g => g.Attribute("data-path") is not null).ToDictionary(g => (string)g.Attribute("data-path")!);
        var charted = json.GetProperty("paths").EnumerateArray().Where(p => p.GetProperty("feasible").GetBoolean() || p.GetProperty("path").GetString() == chosen).ToList();
        Assert.Equal(charted.Select(p => p.GetProperty("path").GetString()!).Order(), rows.Keys.Order());
        foreach (var p in charted)
        {
            var row = rows[p.GetProperty("path").GetString()!];
            var (p10, p50, p90) = (p.GetProperty("costP10Usd").GetDouble(), p.GetProperty("costP50Usd").GetDouble(), p.GetProperty("costP90Usd").GetDouble());
            Assert.Equal((p10, p50, p90), (ChartGeometry.Number(row, "data-p10"), ChartGeometry.Number(row, "data-p50"), ChartGeometry.Number(row, "data-p90")));
            AssertRange(chart, row, p10, p50, p90);
        }

        Assert.All(chart.Svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick"), tick =>
        {
            var value = ChartGeometry.Number(tick, "data-value");
            Assert.Equal(Display.Money(value), tick.Value);
            Assert.Equal(chart.X(value), ChartGeometry.Number(tick, "x"), tolerance: 0.01);
        });
        if (chart.Svg.Descendants(Svg + "g").SingleOrDefault(g => (string?)g.Attribute("data-limit") == "budget") is { } budget)
        {
            var value = json.GetProperty("constraints").GetProperty("budgetUsd").GetDouble();
            Assert.Equal(value, ChartGeometry.Number(budget, "data-value"));
            Assert.Equal(chart.X(value), ChartGeometry.Number(budget.Element(Svg + "line")!, "x1"), tolerance: 0.01);
        }
    }

    private static void AssertTimelineChart(XDocument page, JsonElement json)
    {
        var chart = ChartGeometry.Of(page, "timeline");
        var timeline = json.GetProperty("timelineWeeks");
        var total = chart.Svg.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("class"))?.Contains("total", StringComparison.Ordinal) == true);
        AssertRange(chart, total, timeline.GetProperty("p10").GetDouble(), timeline.GetProperty("p50").GetDouble(), timeline.GetProperty("p90").GetDouble());
        var phases = chart.Svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "row phase").ToList();
        var start = 0.0;
        foreach (var (phase, drawn) in timeline.GetProperty("phases").EnumerateArray().Zip(phases))
        {
            var bar = drawn.Element(Svg + "rect")!;
            var p50 = phase.GetProperty("p50").GetDouble();
            Assert.Equal(p50, ChartGeometry.Number(drawn, "data-p50"));
            Assert.Equal(chart.X(start), ChartGeometry.Number(bar, "x"), tolerance: 1.01);
            Assert.Equal(chart.X(start + p50) - chart.X(start), ChartGeometry.Number(bar, "width"), tolerance: 2.01);
            start += p50;
        }

        Assert.Equal(timeline.GetProperty("phases").GetArrayLength(), phases.Count);
    }

    private static void AssertScoreChart(XDocument page, JsonElement json)
    {
        var chart = ChartGeometry.Of(page, "scores");
        foreach (var score in json.GetProperty("scores").EnumerateObject())
        {
            var bar = chart.Svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-path") == score.Name).Element(Svg + "rect")!;
            Assert.Equal(Math.Max(2, chart.X(score.Value.GetInt32()) - chart.X(0)), ChartGeometry.Number(bar, "width"), tolerance: 0.01);
        }
    }

    /// <summary>The P10–P90 bar spans the range and the P50 mark sits at P50 on the chart's own scale.</summary>
    private static void AssertRange(ChartGeometry chart, XElement row, double p10, double p50, double p90)
    {
        var bar = row.Elements(Svg + "rect").Single();
        var mark = row.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") == "p50");
        Assert.Equal(p50, ChartGeometry.Number(mark, "data-value"));
        Assert.Equal(chart.X(p50), ChartGeometry.Number(mark, "x1"), tolerance: 0.01);
        if (chart.X(p90) - chart.X(p10) >= 2)
        {
            Assert.Equal(chart.X(p10), ChartGeometry.Number(bar, "x"), tolerance: 0.01);
            Assert.Equal(chart.X(p90), ChartGeometry.Number(bar, "x") + ChartGeometry.Number(bar, "width"), tolerance: 0.02);
        }
    }

    /// <summary>The rows (cell texts) of the first table after the chart with this id.</summary>
    private static List<string[]> TableAfter(XDocument page, string chartId)
    {
        var figure = ChartGeometry.Of(page, chartId).Svg.Parent!;
        var table = figure.ElementsAfterSelf().First().Descendants(Xhtml + "table").Single();
        return [.. table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").Select(tr => tr.Elements().Select(c => c.Value).ToArray())];
    }

    private static double Cost(JsonElement json, string p) => json.GetProperty("cost").GetProperty(p).GetDouble();

    private static string Money(JsonElement path, string property) => Display.Money(path.GetProperty(property).GetDouble());
}
