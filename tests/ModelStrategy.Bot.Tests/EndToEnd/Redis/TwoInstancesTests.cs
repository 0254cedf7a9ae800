using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Redis;

/// <summary>Two hosts sharing one Redis: whichever instance gets a request, it sees what the other one stored.</summary>
[Trait("Category", "E2E")]
[Trait("Tier", "External")]
public sealed class TwoInstancesTests(TwoInstancesFixture hosts) : IClassFixture<TwoInstancesFixture>
{
    private const string Constraints = """
        {"useCase":"Answer support tickets from our docs — ünïcödé ✓","need":"knowledge","knowledgeChange":"weekly","budgetUsd":40000,"deadlineWeeks":6}
        """;

    [Fact]
    public async Task Get_RecommendationPostedToTheOtherInstance_ReturnsItUnchanged()
    {
        // Arrange
        using var first = hosts.First.CreateClient();
        using var second = hosts.Second.CreateClient();
        using var created = await first.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json(Constraints));
        var posted = await HttpAssert.JsonAsync(created, HttpStatusCode.OK);

        // Act
        using var fetched = await second.GetAsync(created.Headers.Location);

        // Assert
        var stored = await HttpAssert.JsonAsync(fetched, HttpStatusCode.OK);
        Assert.True(JsonElement.DeepEquals(posted, stored), "the second instance must return exactly what the first stored");
    }

    [Fact]
    public async Task GuidedTeamsDialog_TurnsAlternatingBetweenInstances_EndsLikeOneInstanceWithNoLostOrDoubledStep()
    {
        // Arrange
        var alternating = new TeamsDialogDriver("a:two-instances", turn => turn % 2 == 0 ? hosts.First : hosts.Second);
        var reference = new TeamsDialogDriver("a:one-instance", _ => hosts.Reference);

        // Act
        var id = await alternating.RunAsync();
        var referenceId = await reference.RunAsync();

        // Assert: every step once, in order, and as many as one instance asks.
        Assert.Equal(Enumerable.Range(1, alternating.Steps.Count), alternating.Steps);
        Assert.Equal(reference.Steps, alternating.Steps);
        var fromFirst = await GetAsync(hosts.First, id);
        var fromSecond = await GetAsync(hosts.Second, id);
        var expected = await GetAsync(hosts.Reference, referenceId);
        Assert.True(JsonElement.DeepEquals(fromFirst, fromSecond), "both instances must return the same stored recommendation");
        Assert.Equal(expected.GetProperty("path").GetString(), fromFirst.GetProperty("path").GetString());
        Assert.True(JsonElement.DeepEquals(expected.GetProperty("constraints"), fromFirst.GetProperty("constraints")), "the answers must all have been kept");
        Assert.True(JsonElement.DeepEquals(expected.GetProperty("scores"), fromFirst.GetProperty("scores")));
        Assert.True(JsonElement.DeepEquals(expected.GetProperty("cost"), fromFirst.GetProperty("cost")));
    }

    /// <summary>
    /// The recommendation as each instance's store reads it (a dialog's recommendation belongs to its Teams tenant, so the
    /// API serves it to members of that tenant only; what matters here is what each instance has stored).
    /// </summary>
    private static async Task<JsonElement> GetAsync(Teams.TeamsBotFactory host, string id)
    {
        var store = host.Services.GetRequiredService<Core.Recommendations.IRecommendationStore>();
        var recommendation = await store.GetAsync(id, CancellationToken.None);
        Assert.NotNull(recommendation);
        Assert.Equal(new Core.Recommendations.Audience(Core.Recommendations.Audience.Entra, Teams.TeamsPayloads.Tenant), recommendation.Audience);
        return JsonSerializer.SerializeToElement(recommendation, Core.Recommendations.RecommendationJson.Options);
    }
}
