using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Api;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.Api;

public sealed class RecommendationsEndpointMetadataTests(BotFactory factory) : IClassFixture<BotFactory>
{
    [Fact]
    public void PostEndpoint_Metadata_CarriesThe64KbServerLimit()
    {
        // Arrange
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();

        // Act
        var post = sources.Endpoints.OfType<RouteEndpoint>().Single(e =>
            e.RoutePattern.RawText?.TrimEnd('/') == RecommendationsEndpointRouteBuilderExtensions.RoutePrefix
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true);

        // Assert
        Assert.Equal(64 * 1024, post.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
    }
}
