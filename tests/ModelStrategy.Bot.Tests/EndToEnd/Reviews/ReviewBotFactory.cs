using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reviews;

/// <summary>
/// The host (Teams in loopback development mode, fake connector) on a fake clock, over its own SQLite file, another
/// host's SQLite file (a restart) or a Redis server (scale-out).
/// </summary>
public sealed class ReviewBotFactory : TeamsBotFactory
{
    /// <summary>When every test's clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string? _sqlitePath;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ReviewBotFactory(string? sqlitePath = null, IReadOnlyDictionary<string, string>? settings = null, DateTimeOffset? now = null)
    {
        _sqlitePath = sqlitePath;
        _settings = settings ?? new Dictionary<string, string>();
        Clock = new FakeTimeProvider(now ?? Start);
    }

    /// <summary>The clock the host, its stores and its review service read.</summary>
    public FakeTimeProvider Clock { get; }

    public override string SqlitePath => _sqlitePath ?? base.SqlitePath;

    /// <summary>The personal chat of <see cref="TeamsPayloads"/>' user.</summary>
    public static string Conversation => ConversationKey.Personal("teams", TeamsPayloads.Tenant, "00000000-0000-0000-0000-0000000000020").Value;

    public IReviewReminderStore Reminders => Services.GetRequiredService<IReviewReminderStore>();

    public ReviewRunner Runner => Services.GetRequiredService<ReviewRunner>();

    protected override IReadOnlyDictionary<string, string> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
