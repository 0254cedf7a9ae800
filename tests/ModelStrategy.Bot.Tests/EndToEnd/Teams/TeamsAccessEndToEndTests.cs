using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>
/// Development mode is explicit: without an app id, unsigned activities from loopback are accepted only in Development
/// or with Teams:AllowUnauthenticatedLoopback, with a warning at start-up; in Production the endpoint refuses everything
/// and the log says why. Teams:AllowedTenants turns other tenants away.
/// </summary>
[Trait("Category", "E2E")]
public sealed class TeamsAccessEndToEndTests
{
    [Fact]
    public async Task Production_NoAppId_LoopbackRefusedAndTheLogSaysWhy()
    {
        using var factory = new AccessFactory("Production", []);

        var response = await factory.PostAsync(TeamsPayloads.Message("p-1", "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Empty(factory.Connector.Calls);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("The Teams endpoint refuses every request: Teams:AppId is empty and this is not a development host", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Production", true)]
    public async Task NoAppId_DevelopmentOrExplicitlyAllowed_LoopbackAcceptedWithALoudWarning(string environment, bool allow)
    {
        using var factory = new AccessFactory(environment, allow ? new() { ["Teams:AllowUnauthenticatedLoopback"] = "true" } : []);

        var response = await factory.PostAsync(TeamsPayloads.Message("d-1", "help"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Single(factory.Connector.Calls);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("DEVELOPMENT MODE: /api/messages accepts UNSIGNED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowedTenants_OtherTenant403AndNothingSent_ListedTenantAnswered()
    {
        using var other = new AccessFactory("Development", new() { ["Teams:AllowedTenants"] = "aaaaaaaa-0000-0000-0000-000000000000" });
        using var listed = new AccessFactory("Development", new() { ["Teams:AllowedTenants"] = "aaaaaaaa-0000-0000-0000-000000000000, " + TeamsPayloads.Tenant });

        var refused = await other.PostAsync(TeamsPayloads.Message("t-1", "help"));
        var answered = await listed.PostAsync(TeamsPayloads.Message("t-2", "help"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Empty(other.Connector.Calls);
        Assert.Contains(other.Logs.Entries, e => e.Message.Contains($"tenant {TeamsPayloads.Tenant} is not in Teams:AllowedTenants", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Single(listed.Connector.Calls);
    }

    private sealed class AccessFactory(string environment, Dictionary<string, string> settings) : TeamsBotFactory
    {
        public CapturingLoggerProvider Logs { get; } = new();

        protected override string? EnvironmentName => environment;

        protected override IReadOnlyDictionary<string, string> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }
}
