using System.Net;
using System.Xml.Linq;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class SitePagesTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Theory]
    [InlineData("/", "ModelStrategy")]
    [InlineData("/privacy", "ModelStrategy: privacy")]
    [InlineData("/terms", "ModelStrategy: terms of use")]
    public async Task Get_Page_ReturnsWellFormedHtmlWithItsTitle(string path, string title)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        Assert.Equal(title, page.Descendants(xhtml + "title").Single().Value);
        Assert.Empty(page.Descendants(xhtml + "script"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Get_Page_ForbidsActiveContent(string path)
    {
        // Arrange
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Assert
        Assert.Equal("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(";", response.Headers.GetValues("X-Content-Type-Options")));
    }
}
