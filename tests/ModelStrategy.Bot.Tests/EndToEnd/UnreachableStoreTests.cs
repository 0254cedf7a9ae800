using System.Net;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

/// <summary>A host whose SQLite directory cannot be created (its parent is a plain file).</summary>
public sealed class UnreachableStoreFactory : BotFactory
{
    public UnreachableStoreFactory()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "blocker"), "a file where a directory should be");
    }

    public override string SqlitePath => Path.Combine(Root, "blocker", "data", "modelstrategy.db");
}

[Trait("Category", "E2E")]
public sealed class UnreachableStoreTests(UnreachableStoreFactory factory) : IClassFixture<UnreachableStoreFactory>
{
    [Fact]
    public async Task GetReadyz_StoreUnreachable_Returns503()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("store").GetString());
    }

    [Fact]
    public async Task GetHealthz_StoreUnreachable_StillReturns200()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Request_StoreUnreachable_Returns500ProblemWithoutInternals(string method)
    {
        // Arrange
        using var client = factory.CreateClient();
        using var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, new Uri("/api/recommendations/abcdefghijkm", UriKind.Relative))
            : new HttpRequestMessage(HttpMethod.Post, new Uri("/api/recommendations", UriKind.Relative)) { Content = HttpAssert.Json("{}") };

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.InternalServerError);
        var raw = problem.GetRawText();
        Assert.DoesNotContain("blocker", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", raw, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));
    }
}
