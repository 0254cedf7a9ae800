using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Bot.Tests.TestSupport;
using NJsonSchema;

namespace ModelStrategy.Bot.Tests.EndToEnd;

/// <summary>What the API returns must match what its own OpenAPI document promises.</summary>
[Trait("Category", "E2E")]
public sealed class OpenApiConformanceTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData("""{"need": "behavior", "labeledExamples": 5000, "dataQuality": "clean", "baseline": "close"}""", HttpStatusCode.OK, "Recommendation")]
    [InlineData("""{"text": "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k"}""", HttpStatusCode.OK, "Recommendation")]
    [InlineData("{}", HttpStatusCode.OK, "Recommendation")]
    [InlineData("""{"need": "x"}""", HttpStatusCode.BadRequest, "HttpValidationProblemDetails")]
    public async Task Post_ResponseMatchesTheSchemaTheDocumentGivesForItsStatus(string json, HttpStatusCode status, string schemaName)
    {
        // Arrange
        using var client = factory.CreateClient();
        var schema = await ComponentSchemaAsync(client, schemaName);

        // Act
        using var response = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json(json));

        // Assert
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Empty(schema.Validate(body).Select(e => e.ToString()));
    }

    [Fact]
    public async Task RecommendationSchema_WrongTypes_AreRejected()
    {
        // Arrange: a real response with two fields broken, to prove the schema is not vacuous.
        using var client = factory.CreateClient();
        var schema = await ComponentSchemaAsync(client, "Recommendation");
        using var response = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json("{}"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["confidence"] = "high";
        body["path"] = "fine-tune-everything";

        // Act
        var errors = schema.Validate(body.ToJsonString());

        // Assert
        Assert.Contains(errors, e => e.Path?.Contains("confidence", StringComparison.Ordinal) == true);
        Assert.Contains(errors, e => e.Path?.Contains("path", StringComparison.Ordinal) == true);
    }

    /// <summary>One component of /openapi/v1.json as a standalone JSON schema (components become definitions).</summary>
    private static async Task<JsonSchema> ComponentSchemaAsync(HttpClient client, string name)
    {
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var definitions = document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = new JsonObject
        {
            ["$ref"] = $"#/definitions/{name}",
            ["definitions"] = JsonNode.Parse(definitions),
        };
        return await JsonSchema.FromJsonAsync(root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
