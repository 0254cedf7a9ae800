using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Tests.Scenarios;

public sealed class SeedScenarioTests
{
    [Theory]
    [MemberData(nameof(SeedScenarios.All), MemberType = typeof(SeedScenarios))]
    public void Recommend_SeedScenario_ChoosesTheSeedsPath(SeedScenario scenario)
    {
        var recommendation = TestServices.Recommend(scenario.Constraints);

        Assert.True(scenario.Expected == recommendation.Path,
            $"{scenario.Name}: expected {scenario.Expected}, got {recommendation.Path}. Scores: "
            + string.Join(", ", recommendation.Scores.Select(s => $"{s.Key}={s.Value}")));
    }

    [Theory]
    [MemberData(nameof(SeedScenarios.All), MemberType = typeof(SeedScenarios))]
    public void Recommend_SeedScenarioWithStatedCost_CostRangeOverlapsTheSeedsRange(SeedScenario scenario)
    {
        if (scenario.CostRangeUsd is not { } range)
        {
            return;
        }

        var cost = TestServices.Recommend(scenario.Constraints).Cost;

        var high = range.High ?? double.PositiveInfinity;
        Assert.True(cost.P10 <= high && cost.P90 >= range.Low,
            $"{scenario.Name}: ours {Display.Money(cost.P10)}–{Display.Money(cost.P90)} vs seed {Display.Money(range.Low)}–{(range.High is { } h ? Display.Money(h) : "open")}");
        Assert.Contains(cost.References, r => r.Scope == "whole project" && r.Agrees);
    }

    [Theory]
    [MemberData(nameof(SeedScenarios.All), MemberType = typeof(SeedScenarios))]
    public void Recommend_SeedScenarioWithStatedTimeline_TimelineOverlapsTheSeedsRange(SeedScenario scenario)
    {
        if (scenario.TimelineRangeWeeks is not { } range)
        {
            return;
        }

        var timeline = TestServices.Recommend(scenario.Constraints).TimelineWeeks;

        Assert.True(timeline.P10 <= range.High && timeline.P90 >= range.Low,
            $"{scenario.Name}: ours {timeline.P10}–{timeline.P90} weeks vs seed {range.Low:0.#}–{range.High:0.#}");
        Assert.Contains(timeline.References, r => r.Agrees);
    }
}
