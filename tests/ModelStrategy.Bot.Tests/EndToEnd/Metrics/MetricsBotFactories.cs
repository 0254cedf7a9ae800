using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Metrics;

/// <summary>The Teams host with a <see cref="ScriptedConnector"/> behind every outbound HttpClient.</summary>
public sealed class ScriptedTeamsBotFactory(ScriptedConnector connector) : TeamsBotFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => connector)));
    }
}

/// <summary>The Slack host polling its inbox every second, so the depth gauge is refreshed quickly.</summary>
public sealed class FastPollSlackBotFactory : SlackBotFactory
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        base.Settings.Append(KeyValuePair.Create("Slack:InboxPollSeconds", "1")).ToDictionary(p => p.Key, p => p.Value);
}

/// <summary>The host with metrics exported through the Prometheus endpoint on private port <see cref="Port"/>.</summary>
public sealed class PrometheusBotFactory : BotFactory
{
    public const int Port = 9464;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Metrics:Enabled"] = "true",
        ["Metrics:Exporter"] = "prometheus",
        ["Metrics:PrometheusPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
