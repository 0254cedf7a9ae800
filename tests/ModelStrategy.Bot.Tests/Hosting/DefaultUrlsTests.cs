using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using ModelStrategy.Bot.Hosting;

namespace ModelStrategy.Bot.Tests.Hosting;

public sealed class DefaultUrlsTests
{
    [Fact]
    public void UseDefaultUrls_NothingConfigured_ListensOnPort3978()
    {
        // Arrange
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration["urls"] = null;

        // Act
        builder.UseDefaultUrls();

        // Assert
        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:3979")]
    [InlineData("--http_ports", "8080")]
    public void UseDefaultUrls_OperatorChoseAnAddress_LeavesItAlone(string option, string value)
    {
        // Arrange
        var builder = WebApplication.CreateBuilder([option, value]);
        var before = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);

        // Act
        builder.UseDefaultUrls();

        // Assert
        Assert.Equal(before, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
        Assert.NotEqual(DefaultUrlsWebApplicationBuilderExtensions.FallbackUrls, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
