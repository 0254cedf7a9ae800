using System.Net;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class HealthEndpointsTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Get_StoreReachable_Returns200Ok(string path)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetReadyz_StoreReachable_ListsTheStoreCheck()
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // Assert
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("store").GetString());
    }
}
