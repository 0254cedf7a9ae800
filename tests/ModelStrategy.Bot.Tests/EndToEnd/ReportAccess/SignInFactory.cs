using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Tests.OpenId;

namespace ModelStrategy.Bot.Tests.EndToEnd.ReportAccess;

/// <summary>
/// The host with reports under SignIn, Microsoft sign-in through the bot's app registration and Sign in with Slack, both
/// against local providers; public address http://localhost, so the providers send readers back to the TestServer.
/// </summary>
internal sealed class SignInFactory(FakeOpenIdProvider entra, FakeOpenIdProvider slack, string environment = "Production") : BotFactory
{
    /// <summary>What only members may read: the project's own words.</summary>
    public const string UseCase = "Project Falcon: a support bot for Contoso's unreleased device";

    protected override string? EnvironmentName => environment;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Reports:Access"] = "SignIn",
        ["PublicBaseUrl"] = "http://localhost",
        ["Teams:AppId"] = FakeOpenIdProvider.ClientId,
        ["Teams:AppPassword"] = FakeOpenIdProvider.ClientSecret,
        ["Reports:EntraAuthority"] = entra.Authority,
        ["Slack:ClientId"] = FakeOpenIdProvider.ClientId,
        ["Slack:ClientSecret"] = FakeOpenIdProvider.ClientSecret,
        ["Reports:SlackAuthority"] = slack.Authority,
    };

    /// <summary>A recommendation made now with <see cref="UseCase"/> and quick-triage text, stored as belonging to <paramref name="audience"/>.</summary>
    public async Task<string> StoreAsync(Audience? audience)
    {
        var service = Services.GetRequiredService<RecommendationService>();
        var recommendation = service.RecommendFromText("launch in 6 weeks, 300 labeled tickets, customer PII", new ProjectConstraints { UseCase = UseCase })
            with { Audience = audience };
        await Services.GetRequiredService<IRecommendationStore>().SaveAsync(recommendation, CancellationToken.None);
        return recommendation.Id;
    }
}

/// <summary>Both local providers and a <see cref="SignInFactory"/> over them, for one test; disposed together.</summary>
internal sealed class SignInHosts : IAsyncDisposable
{
    private SignInHosts(FakeOpenIdProvider entra, FakeOpenIdProvider slack)
    {
        Entra = entra;
        Slack = slack;
        Factory = new SignInFactory(entra, slack);
    }

    public FakeOpenIdProvider Entra { get; }

    public FakeOpenIdProvider Slack { get; }

    public SignInFactory Factory { get; }

    public static async Task<SignInHosts> StartAsync() =>
        new(await FakeOpenIdProvider.StartAsync(entra: true), await FakeOpenIdProvider.StartAsync(entra: false));

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Entra.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
