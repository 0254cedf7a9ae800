using ModelStrategy.Core.Reports;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>The real renderer, configured as the host would.</summary>
internal static class Renderers
{
    public const string BaseUrl = "https://bot.example.com";

    public static BlockKitRenderer Create(string? publicBaseUrl = BaseUrl) =>
        new(ReportLinks.Under(publicBaseUrl));

}
