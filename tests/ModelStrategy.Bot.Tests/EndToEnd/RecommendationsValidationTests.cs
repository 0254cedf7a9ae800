using System.Net;
using System.Text;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class RecommendationsValidationTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private static readonly Uri Endpoint = new("/api/recommendations", UriKind.Relative);

    [Theory]
    [InlineData("""{"dataQuality": "teal"}""", "dataQuality", "\"teal\" is not one of the allowed values; allowed: clean, mixed, noisy")]
    [InlineData("""{"domainNovelty": 9}""", "domainNovelty", "allowed: an integer from 0 to 5")]
    [InlineData("""{"budgetUsd": "lots"}""", "budgetUsd", "must be a number")]
    [InlineData("""{"labeledExamples": 2.5}""", "labeledExamples", "must be an integer")]
    [InlineData("""{"colour": "blue"}""", "colour", "is not a known field; allowed: useCase")]
    [InlineData("""{"text": 42}""", "text", "must be a string")]
    [InlineData("""{"text": "   "}""", "text", "is empty")]
    public async Task Post_InvalidField_Returns400NamingTheFieldAndAllowedValues(string json, string field, string expected)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(json));

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SeveralInvalidFields_NamesEachOne()
    {
        // Arrange
        using var client = factory.CreateClient();
        const string json = """{"dataQuality": "teal", "governance": 7, "deadlineWeeks": -1, "mlExpertise": 3, "bogus": true}""";

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(json));

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["bogus", "dataQuality", "deadlineWeeks", "governance", "mlExpertise"], fields);
    }

    [Theory]
    [InlineData("{\"budgetUsd\": ", "Malformed JSON")]
    [InlineData("{'budgetUsd': 1}", "Malformed JSON")]
    [InlineData("not json at all", "Malformed JSON")]
    [InlineData("", "Empty request body")]
    [InlineData("[1, 2]", "The body must be a JSON object")]
    [InlineData("\"text\"", "The body must be a JSON object")]
    [InlineData("null", "The body must be a JSON object")]
    public async Task Post_UnusableBody_Returns400WithClearTitle(string body, string title)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(body));

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_Returns400()
    {
        // Arrange
        using var client = factory.CreateClient();
        var json = "{\"useCase\":" + new string('[', 500) + new string(']', 500) + "}";

        // Act
        using var response = await client.PostAsync(Endpoint, HttpAssert.Json(json));

        // Assert
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_65KbBodyWithContentLength_Returns413()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var content = HttpAssert.Json(LargeBody(65 * 1024));

        // Act
        using var response = await client.PostAsync(Endpoint, content);

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65536", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_65KbChunkedBodyWithoutContentLength_Returns413()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(LargeBody(65 * 1024)));

        // Act
        using var response = await client.PostAsync(Endpoint, content);

        // Assert
        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_FormContentType_Returns415Problem()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var content = new StringContent("{}", Encoding.UTF8, "application/x-www-form-urlencoded");

        // Act
        using var response = await client.PostAsync(Endpoint, content);

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("does-not-exist")]
    [InlineData("x%27%20OR%201%3D1")]
    [InlineData("a%0Ab")]
    [InlineData("%E2%80%8B")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Get_UnknownOrInvalidId_Returns404Problem(string id)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri($"/api/recommendations/{id}", UriKind.Relative));

        // Assert
        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_AbsurdlyLongId_Returns404Problem()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri($"/api/recommendations/{new string('a', 4000)}", UriKind.Relative));

        // Assert
        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static string LargeBody(int bytes) => $$"""{"useCase": "{{new string('x', bytes)}}"}""";
}
