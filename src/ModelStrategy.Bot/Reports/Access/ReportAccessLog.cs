namespace ModelStrategy.Bot.Reports.Access;

/// <summary>Says at start-up how reports are opened, and warns when readers of one platform's reports could not sign in.</summary>
internal sealed class ReportAccessLog(ReportAccessSettings settings, ILogger<ReportAccessLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Mode == ReportAccessMode.Link)
        {
            Log.ReportsByLink(logger, settings.LinkLifetime.TotalDays);
            return Task.CompletedTask;
        }

        Log.ReportsBySignIn(logger, settings.Entra is not null, settings.Slack is not null);
        if (settings.Entra is null && settings.ApiBearer is not null)
        {
            Log.SignInMissing(logger, "Microsoft (Teams)", "Teams__AppPassword (the app registration's client secret)");
        }

        if (settings.Slack is null && settings.SlackChannel)
        {
            Log.SignInMissing(logger, "Slack", "Slack__ClientId and Slack__ClientSecret (the Slack app's credentials)");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
