using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Redis;

/// <summary>/readyz over Redis: ready while Redis answers, 503 while it is down, ready again once it is back.</summary>
[Trait("Category", "E2E")]
[Trait("Tier", "External")]
public sealed class RedisReadinessTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync(appendOnly: true);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task GetReadyz_RedisStoppedAndStartedAgain_GoesFrom200To503AndBack()
    {
        // Arrange
        await using var factory = new RedisBotFactory(_redis.ConnectionString);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, HttpStatusCode.OK)); // the first probe also connects
        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // Act
        await _redis.StopAsync();
        var down = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var healthWhileDown = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await _redis.StartAsync();
        var back = await EventuallyAsync(client, HttpStatusCode.OK);

        // Assert
        Assert.Equal("ok", (await HttpAssert.JsonAsync(ready, HttpStatusCode.OK)).GetProperty("checks").GetProperty("store").GetString());
        Assert.Equal("unhealthy", (await HttpAssert.JsonAsync(down, HttpStatusCode.ServiceUnavailable)).GetProperty("checks").GetProperty("store").GetString());
        Assert.Equal(HttpStatusCode.OK, healthWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back);
    }

    [Fact]
    public async Task Host_RedisUnreachableWithAPassword_StartsNotReadyAndNeverLogsThePassword()
    {
        // Arrange
        const string password = "pw-must-never-be-logged-7f3a";
        await _redis.StopAsync();
        var logs = new CapturingLoggerProvider();
        await using var factory = new RedisBotFactory($"{_redis.ConnectionString},password={password},connectTimeout=500", logs);
        using var client = factory.CreateClient();

        // Act
        using var readyz = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json("{}"));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        var problem = await HttpAssert.ProblemAsync(post, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(password, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(logs.Messages, m => m.Contains("Redis store: connecting to", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(password, StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, HttpStatusCode wanted)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var status = (HttpStatusCode)0;
        while (!deadline.IsCancellationRequested && status != wanted)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            await Task.Delay(status == wanted ? 0 : 100);
        }

        return status;
    }

    private sealed class RedisBotFactory(string connectionString, ILoggerProvider? logs = null) : BotFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = connectionString,
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (logs is not null)
            {
                builder.ConfigureServices(services => services.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
            }
        }
    }
}
