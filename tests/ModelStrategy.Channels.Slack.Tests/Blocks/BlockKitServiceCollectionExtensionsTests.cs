using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

public sealed class BlockKitServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("https://bot.example.com", 2)]
    [InlineData(null, 0)]
    public void AddSlackBlockKit_PublicBaseUrlFromConfiguration_DecidesTheReportLinks(string? baseUrl, int links)
    {
        using var services = Services(baseUrl).AddSlackBlockKit().AddSlackBlockKit().BuildServiceProvider();

        var renderer = services.GetRequiredService<BlockKitRenderer>();
        var message = renderer.Render(CardSamples.Get<RecommendationCard>("result-quick"));

        Assert.Equal(links, SlackPayloads.Buttons(message).Count(b => b["url"] is not null));
        Assert.Same(renderer, services.GetRequiredService<BlockKitRenderer>());
        Assert.Single(Services(baseUrl).AddSlackBlockKit().AddSlackBlockKit(), d => d.ServiceType == typeof(BlockKitRenderer));
    }

    private static IServiceCollection Services(string? baseUrl) => new ServiceCollection().AddSingleton<IConfiguration>(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PublicBaseUrl"] = baseUrl }).Build());
}
