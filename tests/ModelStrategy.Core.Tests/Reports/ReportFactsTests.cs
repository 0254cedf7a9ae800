using System.Globalization;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Reports;

public sealed class ReportFactsTests
{
    [Fact]
    public void Constraints_QuickTriage_EveryFieldWithWhereItCameFrom()
    {
        var r = ReportSamples.EdgeCases["markup-text"]();

        var rows = ReportFacts.Constraints(r);

        Assert.Equal(ConstraintFields.All, rows.Select(c => c.Field));
        Assert.NotEmpty(r.Understood);
        Assert.All(r.Understood, u => Assert.Equal((ConstraintOrigin.FromText, u.Phrase), Row(rows, u.Field)));
        Assert.All(r.Defaults, d => Assert.Equal((ConstraintOrigin.Assumed, d.Reason), Row(rows, d.Field)));
        Assert.Equal((ConstraintOrigin.Given, string.Empty), Row(rows, ConstraintFields.UseCase));
        Assert.Equal(ReportSamples.MarkupUseCase, rows.Single(c => c.Field == ConstraintFields.UseCase).Value);
        Assert.Equal((ConstraintOrigin.NotGiven, string.Empty), Row(rows, ConstraintFields.BaselineErrorRatePct));
    }

    [Fact]
    public void Constraints_GivenFields_ReadAsPeopleWriteThem()
    {
        var r = ReportSamples.Recommend(new ProjectConstraints { BudgetUsd = 150_000, DeadlineWeeks = 40, LatencyP95Ms = 1500, Need = Need.Both });

        var rows = ReportFacts.Constraints(r).ToDictionary(c => c.Field);

        Assert.Equal(("$150k", ConstraintOrigin.Given), (rows[ConstraintFields.BudgetUsd].Value, rows[ConstraintFields.BudgetUsd].Origin));
        Assert.Equal("9.2 months", rows[ConstraintFields.DeadlineWeeks].Value);
        Assert.Equal("1,500 ms", rows[ConstraintFields.LatencyP95Ms].Value);
        Assert.Equal("both", rows[ConstraintFields.Need].Value);
        Assert.Equal(r.Defaults.Count, rows.Values.Count(c => c.Origin == ConstraintOrigin.Assumed));
    }

    [Theory]
    [InlineData("2026-11-22", "2026-08")] // July ended 1 Aug, 113 days before; August ended 1 Sep, 82 days before
    [InlineData("2025-09-15", "2025-06")]
    public void StalePrices_OlderThanNinetyDaysWhenComputed(string computed, string firstFreshMonth)
    {
        var r = ReportSamples.ChosenAs(PathId.Rag);
        var at = DateTimeOffset.Parse(computed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        var stale = ReportFacts.StalePrices(r with { CreatedAt = at });

        Assert.All(stale, a => Assert.StartsWith("USD", a.Unit, StringComparison.Ordinal));
        var month = (string asOf) => asOf.Length == 4 ? asOf + "-12" : asOf;
        Assert.Contains(r.Assumptions, a => a.Unit.StartsWith("USD", StringComparison.Ordinal));
        Assert.Equal(r.Assumptions.Where(a => a.Unit.StartsWith("USD", StringComparison.Ordinal) && a.AsOf.Length is 4 or 7
                && string.CompareOrdinal(month(a.AsOf), firstFreshMonth) < 0).Select(a => a.Name),
            stale.Select(a => a.Name));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Phases_EachStartsWhenTheEarlierOnesMostLikelyEnd(PathId path)
    {
        var r = ReportSamples.ChosenAs(path);

        var phases = ReportFacts.Phases(r);

        Assert.Equal(r.TimelineWeeks.Phases.Select(p => p.Name), phases.Select(p => p.Name));
        Assert.Equal(0, phases[0].StartWeeks);
        for (var i = 1; i < phases.Count; i++)
        {
            Assert.Equal(phases[i - 1].StartWeeks + phases[i - 1].Weeks.P50, phases[i].StartWeeks, precision: 1);
        }

        Assert.Equal(r.TimelineWeeks.P50, phases[^1].StartWeeks + phases[^1].Weeks.P50, tolerance: 0.5);
    }

    public static TheoryData<PathId> AllPaths => ReportSamples.AllPaths;

    [Theory]
    [InlineData("none-feasible", 1)]
    [InlineData("one-feasible", 1)]
    public void ChartedPaths_FeasibleOnesAndTheChosenOne(string name, int expected)
    {
        var r = ReportSamples.EdgeCases[name]();

        var charted = ReportFacts.ChartedPaths(r);

        Assert.Equal(expected, charted.Count);
        Assert.Contains(charted, p => p.Path == r.Path);
        Assert.Equal(r.Paths.Where(p => p.Feasible || p.Path == r.Path).OrderBy(p => p.Path).Select(p => p.Path), charted.Select(p => p.Path));
    }

    [Fact]
    public void Cost_StoredBeforeRangesWereKept_IsItsMostLikelyValue()
    {
        var path = new PathAssessment(PathId.Rag, "RAG", 80, true, [], [], 26_000, 6);

        Assert.Equal(new Percentiles(26_000, 26_000, 26_000), ReportFacts.Cost(path));
        Assert.Equal(new Percentiles(6, 6, 6), ReportFacts.Timeline(path));
    }

    [Theory]
    [InlineData(0.25, "0.25")]
    [InlineData(1.2, "1.2")]
    [InlineData(8088, "8,088")]
    [InlineData(2_400_000, "2.4M")]
    [InlineData(8e9, "8B")]
    [InlineData(0, "0")]
    [InlineData(0.00001, "1E-5")]
    public void Number_ReadsAsPeopleWriteIt(double value, string expected)
    {
        Assert.Equal(expected, Quantities.Number(value));
    }

    private static (ConstraintOrigin, string) Row(IReadOnlyList<ConstraintRow> rows, string field)
    {
        var row = rows.Single(c => c.Field == field);
        return (row.Origin, row.Note);
    }
}
