using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Reports;

public sealed class ReportMarkdownTests
{
    public static TheoryData<PathId> AllPaths => ReportSamples.AllPaths;

    public static TheoryData<string> EdgeCases => ReportSamples.EdgeCaseNames;

    private static readonly string[] Sections =
    [
        ReportSections.Why, ReportSections.Constraints, ReportSections.Scores, ReportSections.CostByPath,
        ReportSections.References, ReportSections.Flips, ReportSections.Assumptions,
    ];

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Render_EveryPathChosen_TitleAndEverySection(PathId path)
    {
        var r = ReportSamples.ChosenAs(path);

        var lines = Lines(ReportMarkdown.Render(r));

        Assert.Equal($"# {ReportSections.Title}: {r.PathName}", lines[0]);
        Assert.All(Sections, s => Assert.Contains("## " + s, lines));
        Assert.Contains($"## {ReportSections.Timeline}: {r.PathName}", lines);
        Assert.Contains($"**Cost, first 12 months:** {Md(Display.MoneyRange(r.Cost.P10, r.Cost.P50, r.Cost.P90))}", lines);
        Assert.Contains($"**Time to launch:** {Display.DurationRange(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90)}", lines);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Render_EveryPathChosen_CostRowForEachFeasiblePathWithItsNumbers(PathId path)
    {
        var r = ReportSamples.ChosenAs(path);

        var lines = Lines(ReportMarkdown.Render(r));

        foreach (var p in r.Paths)
        {
            var row = lines.Where(l => l.StartsWith($"| {p.Name}", StringComparison.Ordinal) && l.Split(" | ").Length == 4).ToList();
            if (!p.Feasible && p.Path != r.Path)
            {
                Assert.Empty(row);
                continue;
            }

            var name = p.Path == r.Path ? $"{p.Name} ({(p.Feasible ? "recommended" : "recommended, but ruled out")})" : p.Name;
            Assert.Equal($"| {name} | {Md(Display.Money(p.CostP10Usd!.Value))} | {Md(Display.Money(p.CostP50Usd))} | {Md(Display.Money(p.CostP90Usd!.Value))} |", Assert.Single(row));
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Render_EveryPathChosen_EachPhaseAndTheLaunchWithTheirWeeks(PathId path)
    {
        var r = ReportSamples.ChosenAs(path);
        var t = r.TimelineWeeks;

        var lines = Lines(ReportMarkdown.Render(r));

        Assert.All(t.Phases, p => Assert.Contains(lines, l => l.StartsWith($"| {p.Name} |", StringComparison.Ordinal)
            && l.EndsWith($"| {Display.Duration(p.P10)} | {Display.Duration(p.P50)} | {Display.Duration(p.P90)} |", StringComparison.Ordinal)));
        Assert.Contains($"| Launch (total) | – | {Display.Duration(t.P10)} | {Display.Duration(t.P50)} | {Display.Duration(t.P90)} |", lines);
    }

    [Fact]
    public void Render_Peft_EveryScoreReasonBlockerFlipAndAssumption()
    {
        var r = ReportSamples.ChosenAs(PathId.Peft);

        var text = ReportMarkdown.Render(r);

        Assert.All(r.Paths, p => Assert.Contains($"### {p.Name}: {p.Score}/100", text, StringComparison.Ordinal));
        Assert.All(r.Paths.SelectMany(p => p.Contributions), c => Assert.Contains(Md(c.Reason), text, StringComparison.Ordinal));
        Assert.All(r.Paths.SelectMany(p => p.Blockers), b => Assert.Contains($"- {Md(b)}", text, StringComparison.Ordinal));
        Assert.All(r.FlipConditions, f => Assert.Contains($"| {FieldDisplay.Label(f.Field)} | {f.From} | {f.To} |", text, StringComparison.Ordinal));
        Assert.All(r.Assumptions, a => Assert.Contains(Lines(text), l => l.StartsWith($"| {Md(a.Name)} |", StringComparison.Ordinal)
            && l.Contains($"| {a.AsOf} | {Quantities.Grade(a.Grade)} |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_PublishedRanges_BesideOursWithTheDisagreementFlag()
    {
        var r = ReportSamples.ChosenAs(PathId.Peft);

        var lines = Lines(ReportMarkdown.Render(r));

        Assert.NotEmpty(r.Cost.References);
        foreach (var x in r.Cost.References)
        {
            var row = Assert.Single(lines, l => l.StartsWith($"| Cost | {x.Source} | {x.Scope} |", StringComparison.Ordinal));
            Assert.EndsWith($"| {Md(ReportFacts.Published(x, money: true))} | {Md(ReportFacts.Ours(x, money: true))} | {(x.Agrees ? "yes" : "no: " + ReportSections.Disagrees)} |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_QuickTriage_AssumedConstraintsMarkedWithTheirReason()
    {
        var r = ReportSamples.EdgeCases["markup-text"]();

        var lines = Lines(ReportMarkdown.Render(r));

        Assert.NotEmpty(r.Defaults);
        Assert.All(r.Defaults, d => Assert.Contains(lines, l => l.StartsWith($"| {FieldDisplay.Label(d.Field)} |", StringComparison.Ordinal)
            && l.EndsWith($"| assumed (typical: {Md(d.Reason)}) |", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Render_EdgeCase_EveryTableRowHasItsHeaderColumns(string name)
    {
        var r = ReportSamples.EdgeCases[name]();

        var tables = Tables(ReportMarkdown.Render(r));

        Assert.True(tables.Count >= 6, $"{tables.Count} tables");
        Assert.All(tables, table => Assert.All(table, row => Assert.Equal(Cells(table[0]), Cells(row))));
    }

    [Fact]
    public void Render_TextFullOfMarkup_StaysText()
    {
        var r = ReportSamples.EdgeCases["markup-text"]();

        var text = ReportMarkdown.Render(r);

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("x](javascript", text, StringComparison.Ordinal);
        Assert.Equal(@"> quick: \<b\>launch\</b\> in 6 weeks \| budget \$40k \& \*customer PII\* \[x\](javascript:alert(1)) \# heading - item",
            Assert.Single(Lines(text), l => l.StartsWith("> ", StringComparison.Ordinal)));
        Assert.Contains(@"| use case | \<script\>alert(1)\</script\> \| \`code\` \& ""quotes"" | given |", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(text), l => l.StartsWith("# heading", StringComparison.Ordinal) || l.StartsWith("- item", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SameRecommendation_SameText()
    {
        var r = ReportSamples.ChosenAs(PathId.Rag);

        Assert.Equal(ReportMarkdown.Render(r), ReportMarkdown.Render(r with { }));
    }

    [Fact]
    public void Render_AbsoluteReportUrl_LinkedAtTheTop()
    {
        var r = ReportSamples.ChosenAs(PathId.Rag) with { ReportUrl = "https://bot.example.com/r/abcdefghijkm" };

        var absolute = Lines(ReportMarkdown.Render(r));
        var relative = Lines(ReportMarkdown.Render(r with { ReportUrl = "/r/abcdefghijkm" }));

        Assert.Contains("[Full report](<https://bot.example.com/r/abcdefghijkm>)", absolute.Take(12));
        Assert.DoesNotContain(relative, l => l.Contains("[Full report]", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_StoredBeforeRangesWereKept_ShowsTheMostLikelyValues()
    {
        var r = ReportSamples.ChosenAs(PathId.Rag);
        var old = r with
        {
            Paths = [.. r.Paths.Select(p => p with { CostP10Usd = null, CostP90Usd = null, TimelineP10Weeks = null, TimelineP90Weeks = null })],
            Cost = r.Cost with { References = [.. r.Cost.References.Select(x => x with { OursP10 = null, OursP90 = null })] },
        };

        var lines = Lines(ReportMarkdown.Render(old));

        var chosen = old.Paths.Single(p => p.Path == old.Path);
        var p50 = Md(Display.Money(chosen.CostP50Usd));
        Assert.Contains($"| {chosen.Name} (recommended) | {p50} | {p50} | {p50} |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Cost |", StringComparison.Ordinal) && l.Contains("| see note |", StringComparison.Ordinal));
    }

    /// <summary>The escaping of a value that contains only money: "$" is the one Markdown character Display writes.</summary>
    private static string Md(string text) => text.Replace("$", "\\$", StringComparison.Ordinal).Replace("~", "\\~", StringComparison.Ordinal)
        .Replace("<", "\\<", StringComparison.Ordinal).Replace(">", "\\>", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    /// <summary>The lines without the two trailing spaces that break consecutive facts.</summary>
    private static string[] Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd(' '))];

    private static List<List<string>> Tables(string text)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in Lines(text))
        {
            if (line.StartsWith('|'))
            {
                (current ??= []).Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        return tables;
    }

    /// <summary>Cells of a table row: pipes not escaped by a backslash.</summary>
    private static int Cells(string row)
    {
        var cells = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                cells++;
            }
        }

        return cells - 1;
    }
}
