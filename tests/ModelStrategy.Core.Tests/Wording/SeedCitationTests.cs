using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;
using ModelStrategy.Core.Tests.Properties;
using ModelStrategy.Core.Tests.Scenarios;

namespace ModelStrategy.Core.Tests.Wording;

/// <summary>
/// Users cannot know what "seed 001" is: no user-facing text of Core (the API's JSON, the report's Markdown, the
/// card model) names a source article by an internal number, and every work a report cites is listed in its Sources.
/// </summary>
public sealed partial class SeedCitationTests
{
    [GeneratedRegex(@"\bseeds?\W{0,3}\d", RegexOptions.IgnoreCase)]
    internal static partial Regex SeedNumber();

    [Property(MaxTest = 200)]
    public Property EverySurface_AnyConstraints_NamesNoSeedByNumber() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        return Surfaces(r).All(text => !SeedNumber().IsMatch(text));
    });

    [Theory]
    [MemberData(nameof(SeedScenarios.All), MemberType = typeof(SeedScenarios))]
    public void EverySurface_SeedScenario_NamesNoSeedByNumberAndListsEveryCitedWork(SeedScenario scenario)
    {
        var r = TestServices.Recommend(scenario.Constraints);

        foreach (var text in Surfaces(r))
        {
            Assert.DoesNotMatch(SeedNumber(), text);
        }

        var markdown = ReportMarkdown.Render(r);
        var sources = markdown[markdown.IndexOf("## " + ReportSections.Sources, StringComparison.Ordinal)..];
        foreach (var source in Sources.All.Where(s => markdown.Contains(s.Cite, StringComparison.Ordinal)))
        {
            Assert.Contains(source.Reference, sources, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Recommend_PretrainingScenario_CitesPublishedWorksByName()
    {
        var r = TestServices.Recommend(((IEnumerable<object[]>)SeedScenarios.All).Select(row => (SeedScenario)row[0]).First(s => s.Expected == Paths.PathId.FromScratch).Constraints);

        var (works, _) = ReportSections.CitedSources(r);

        Assert.Contains(Sources.BuildGuide, works);
        Assert.Contains(Sources.DecisionGuide, works);
    }

    [Fact]
    public void Cites_EveryWork_HasAUniqueCitationThatIsNotPartOfAnother()
    {
        foreach (var source in Sources.All)
        {
            Assert.Single(Sources.All, other => other.Cite.Contains(source.Cite, StringComparison.Ordinal));
            Assert.DoesNotMatch(SeedNumber(), source.Reference);
        }
    }

    private static IEnumerable<string> Surfaces(Recommendation r)
    {
        yield return JsonSerializer.Serialize(r, RecommendationJson.Options);
        yield return ReportMarkdown.Render(r);
        yield return JsonSerializer.Serialize<object>(RecommendationCards.Standalone(r), RecommendationJson.Options);
    }
}
