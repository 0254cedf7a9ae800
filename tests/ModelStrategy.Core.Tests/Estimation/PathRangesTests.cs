using System.Text.Json;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Tests.Reports;

namespace ModelStrategy.Core.Tests.Estimation;

/// <summary>Every path carries its cost and timeline range, and every published reference our figures beside it.</summary>
public sealed class PathRangesTests
{
    public static TheoryData<PathId> AllPaths => ReportSamples.AllPaths;

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Recommend_EveryPath_OrderedRangesAroundItsMostLikelyValue(PathId chosen)
    {
        var r = ReportSamples.ChosenAs(chosen);

        Assert.All(r.Paths, p =>
        {
            Assert.InRange(p.CostP50Usd, p.CostP10Usd!.Value, p.CostP90Usd!.Value);
            Assert.InRange(p.TimelineP50Weeks, p.TimelineP10Weeks!.Value, p.TimelineP90Weeks!.Value);
        });
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Recommend_ChosenPath_ItsRangesAreTheRecommendationsEstimate(PathId chosen)
    {
        var r = ReportSamples.Recommend(ReportSamples.ChosenAs(chosen).Constraints.ToProjectConstraints());
        var path = r.Paths.Single(p => p.Path == r.Path);

        Assert.Equal((r.Cost.P10, r.Cost.P50, r.Cost.P90), (path.CostP10Usd!.Value, path.CostP50Usd, path.CostP90Usd!.Value));
        Assert.Equal((r.TimelineWeeks.P10, r.TimelineWeeks.P90), (path.TimelineP10Weeks!.Value, path.TimelineP90Weeks!.Value));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Recommend_WholeProjectReferences_OursIsTheEstimatesRange(PathId chosen)
    {
        var r = ReportSamples.Recommend(ReportSamples.ChosenAs(chosen).Constraints.ToProjectConstraints());

        Assert.All(r.Cost.References.Where(x => x.Scope == "whole project"), x => Assert.Equal((r.Cost.P10, r.Cost.P90), (x.OursP10, x.OursP90)));
        Assert.All(r.TimelineWeeks.References, x => Assert.Equal((r.TimelineWeeks.P10, r.TimelineWeeks.P90), (x.OursP10, x.OursP90)));
        Assert.All(r.Cost.References, x => Assert.Equal(x.Agrees, x.OursP10 <= (x.High ?? double.PositiveInfinity) && x.OursP90 >= x.Low));
    }

    [Fact]
    public void Json_RoundTrip_KeepsTheRanges()
    {
        var r = ReportSamples.ChosenAs(PathId.FromScratch);

        var json = JsonSerializer.Serialize(r, RecommendationJson.Options);
        var back = JsonSerializer.Deserialize<Recommendation>(json, RecommendationJson.Options)!;

        Assert.Contains("\"costP10Usd\":", json, StringComparison.Ordinal);
        Assert.Contains("\"oursP90\":", json, StringComparison.Ordinal);
        Assert.Equal(r.Paths.Select(p => (p.CostP10Usd, p.CostP90Usd, p.TimelineP10Weeks, p.TimelineP90Weeks)),
            back.Paths.Select(p => (p.CostP10Usd, p.CostP90Usd, p.TimelineP10Weeks, p.TimelineP90Weeks)));
        Assert.Equal(r.Cost.References.Select(x => (x.OursP10, x.OursP90)), back.Cost.References.Select(x => (x.OursP10, x.OursP90)));
    }
}
