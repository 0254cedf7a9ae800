using System.Text.RegularExpressions;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Bot.Tests.TestSupport.ReportClient;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reports;

/// <summary>
/// The API's JSON, the report page and its Markdown name sources by what they are, never "seed NNN", and both report
/// forms end with a Sources section that lists every published work they cite.
/// </summary>
[Trait("Category", "E2E")]
public sealed partial class ReportSourcesTests(BotFactory factory) : IClassFixture<BotFactory>
{
    public static TheoryData<string> Paths => ReportBodies.Paths;

    [GeneratedRegex(@"\bseeds?\W{0,3}\d", RegexOptions.IgnoreCase)]
    private static partial Regex SeedNumber();

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_EveryPathChosen_NoSeedNumbersAndASourcesSectionListingEachCitedWork(string path)
    {
        // Arrange
        using var client = factory.CreateClient();
        var reports = new ReportClient(factory, client);
        var (id, json) = await reports.ChosenAsync(path);

        // Act
        var (response, page) = await reports.PageAsync(id);
        using var markdownResponse = await client.GetAsync(new Uri($"/r/{id}.md", UriKind.Relative));
        var markdown = await markdownResponse.Content.ReadAsStringAsync();

        // Assert
        using (response)
        {
            var html = page.ToString();
            Assert.DoesNotMatch(SeedNumber(), json.GetRawText());
            Assert.DoesNotMatch(SeedNumber(), html);
            Assert.DoesNotMatch(SeedNumber(), markdown);
            var section = page.Descendants(Xhtml + "section").Last();
            Assert.Equal(ReportSections.Sources, section.Descendants(Xhtml + "h2").Single().Value);
            var sources = markdown[markdown.LastIndexOf("## " + ReportSections.Sources, StringComparison.Ordinal)..];
            var cited = Sources.All.Where(s => html.Contains(s.Cite, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(cited);
            Assert.All(cited, s =>
            {
                Assert.Contains(s.Reference, section.Value, StringComparison.Ordinal);
                Assert.Contains(s.Reference, sources, StringComparison.Ordinal);
            });
        }
    }
}
