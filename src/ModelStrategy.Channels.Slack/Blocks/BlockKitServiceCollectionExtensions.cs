using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelStrategy.Core.DependencyInjection;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>Registers the Block Kit renderer and reader.</summary>
internal static class BlockKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BlockKitRenderer"/> as a singleton; report links are Core's
    /// (AddReportLinks: the host's top-level <c>PublicBaseUrl</c>). Repeated calls are harmless.
    /// </summary>
    public static IServiceCollection AddSlackBlockKit(this IServiceCollection services)
    {
        services.AddReportLinks();
        services.TryAddSingleton<BlockKitRenderer>();
        return services;
    }
}
