using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>
/// The real host in memory, over its own SQLite file in a fresh temporary directory (deleted on dispose).
/// Use one per test class (IClassFixture) so classes never share a database.
/// </summary>
public class BotFactory : WebApplicationFactory<Program>
{
    public BotFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "ms-bot-tests", Guid.NewGuid().ToString("N"));
        SqlitePath = Path.Combine(Root, "data", "modelstrategy.db");
    }

    public string Root { get; }

    /// <summary>The SQLite file this host uses; subclasses may point it somewhere unusable.</summary>
    public virtual string SqlitePath { get; }

    /// <summary>
    /// The API key every client from <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> sends (configured as
    /// <c>Api:Keys:9</c>, "tests", with a quota no test reaches): its recommendations belong to it, so it reads them back in
    /// full, reports included. Tests of other callers send requests of their own.
    /// </summary>
    public const string TestApiKey = "tests-key-8c1f0e7d2b5a4c3f9e6d1a0b7c2e5f48";

    /// <summary>Extra settings, e.g. a different storage provider.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>The host's environment; null keeps WebApplicationFactory's Development.</summary>
    protected virtual string? EnvironmentName => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Storage:SqlitePath", SqlitePath);
        // Reports open as in production (to members; links carry no token); the Link mode has tests of its own.
        builder.UseSetting("Reports:Access", "SignIn");
        builder.UseSetting("Api:Keys:9:Name", "tests");
        builder.UseSetting("Api:Keys:9:Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(TestApiKey))));
        builder.UseSetting("Api:Keys:9:PermitsPerMinute", "100000");
        builder.UseSetting("Api:Keys:9:Burst", "100000");
        if (EnvironmentName is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        // TestServer gives a request no client address; these come from this machine, like a local curl.
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, LoopbackClientStartupFilter>());

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", TestApiKey);
    }

    private sealed class LoopbackClientStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }
}
