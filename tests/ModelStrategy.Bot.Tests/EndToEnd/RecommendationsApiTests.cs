using System.Net;
using System.Text.Json;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class RecommendationsApiTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private const string ValidConstraints = """
        {
          "useCase": "Answer support tickets from our product docs",
          "taskType": "qa", "need": "knowledge", "knowledgeChange": "weekly",
          "labeledExamples": 300, "dataQuality": "mixed", "budgetUsd": 40000, "deadlineWeeks": 6,
          "latencyP95Ms": 2000, "requestsPerDay": 5000, "dataSensitivity": "confidential",
          "governance": 3, "control": 1, "mlExpertise": "basic", "baseline": "untried"
        }
        """;

    private static readonly Uri Endpoint = new("/api/recommendations", UriKind.Relative);

    [Fact]
    public async Task Post_ValidConstraints_Returns200WithTheFullRecommendation()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(ValidConstraints));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        RecommendationShape.AssertComplete(body);
        Assert.Equal(40000, body.GetProperty("constraints").GetProperty("budgetUsd").GetDouble());
        Assert.Equal("confidential", body.GetProperty("constraints").GetProperty("dataSensitivity").GetString());
        Assert.Equal($"/api/recommendations/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_AfterPost_ReturnsTheSameRecommendation()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var created = await client.PostAsync(Endpoint, HttpAssert.Json(ValidConstraints));
        var posted = await HttpAssert.JsonAsync(created, HttpStatusCode.OK);

        // Act
        using var fetched = await client.GetAsync(created.Headers.Location);

        // Assert
        var stored = await HttpAssert.JsonAsync(fetched, HttpStatusCode.OK);
        Assert.True(JsonElement.DeepEquals(posted, stored), "GET must return exactly what POST returned");
    }

    [Fact]
    public async Task Post_EmptyObject_Returns200WithEveryDefaultStated()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json("{}"));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        RecommendationShape.AssertComplete(body);
        Assert.NotEmpty(body.GetProperty("defaults").EnumerateArray());
    }

    [Fact]
    public async Task Post_QuickTriageText_Returns200AndKeepsTheText()
    {
        // Arrange
        using var client = factory.CreateClient();
        const string text = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(JsonSerializer.Serialize(new { text })));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        RecommendationShape.AssertComplete(body);
        Assert.Equal(text, body.GetProperty("text").GetString());
        Assert.Equal("rag", body.GetProperty("path").GetString());
        var understood = body.GetProperty("understood").EnumerateArray().Select(u => u.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "deadlineWeeks", "labeledExamples", "dataSensitivity", "budgetUsd" }, understood);
        var constraints = body.GetProperty("constraints");
        Assert.Equal(40000, constraints.GetProperty("budgetUsd").GetDouble());
        Assert.Equal("confidential", constraints.GetProperty("dataSensitivity").GetString());
        Assert.Contains(body.GetProperty("defaults").EnumerateArray(), d => d.GetProperty("field").GetString() == "need");
    }

    [Fact]
    public async Task Post_TextWithExplicitField_ExplicitFieldWins()
    {
        // Arrange
        using var client = factory.CreateClient();
        const string json = """{"text": "quick: budget 40k, customer PII", "budgetUsd": 250000, "dataSensitivity": "sovereign"}""";

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(json));

        // Assert
        var constraints = (await HttpAssert.JsonAsync(response, HttpStatusCode.OK)).GetProperty("constraints");
        Assert.Equal(250000, constraints.GetProperty("budgetUsd").GetDouble());
        Assert.Equal("sovereign", constraints.GetProperty("dataSensitivity").GetString());
    }

    [Fact]
    public async Task Post_TwentyConcurrentRequests_AllStoredAndReadable()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsync(Endpoint, HttpAssert.Json(ValidConstraints))));
        var locations = responses.Select(r => r.Headers.Location).ToArray();
        var fetched = await Task.WhenAll(locations.Select(l => client.GetAsync(l)));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(20, locations.Distinct().Count());
        Assert.All(fetched, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses.Concat(fetched))
        {
            response.Dispose();
        }
    }
}
