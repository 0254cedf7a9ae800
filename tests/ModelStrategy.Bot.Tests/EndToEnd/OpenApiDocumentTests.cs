using System.Net;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class OpenApiDocumentTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task GetOpenApi_Always_DescribesBothOperationsAndTheirResponses()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        // Assert
        var document = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        var post = paths.GetProperty("/api/recommendations").GetProperty("post");
        var get = paths.GetProperty("/api/recommendations/{id}").GetProperty("get");
        Assert.Equal(["200", "400", "401", "413", "415", "429", "500"], post.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["200", "401", "404", "410", "429", "500"], get.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order());
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task GetOpenApi_Always_RequestSchemaListsConstraintsAndText()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        // Assert
        var document = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("ProjectConstraints");
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("text", properties);
        Assert.Contains("dataQuality", properties);
        Assert.Contains("budgetUsd", properties);
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var qualities = document.GetProperty("components").GetProperty("schemas").GetProperty("DataQuality").GetProperty("enum");
        Assert.Equal(["clean", "mixed", "noisy"], qualities.EnumerateArray().Select(v => v.GetString()));
    }
}
