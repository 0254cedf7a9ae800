using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>The real recommendation service, wired as the host wires Core with default settings.</summary>
internal static class CoreServices
{
    public static RecommendationService RecommendationService() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddModelStrategyCore().BuildServiceProvider()
        .GetRequiredService<RecommendationService>();
}
