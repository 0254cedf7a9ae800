using ModelStrategy.Channels.Slack.Tests.TestSupport;

namespace ModelStrategy.Channels.Slack.Tests.Inbound;

/// <summary>With Slack:AllowedTeams set, a signed request from another workspace is acknowledged (so Slack does not retry) and dropped.</summary>
public sealed class AllowedTeamsTests
{
    [Fact]
    public async Task Event_FromAWorkspaceNotAllowed_200AndNothingQueued()
    {
        using var slack = new SlackHarness(settings: new Dictionary<string, string?> { ["Slack:AllowedTeams"] = "T0OTHER, T0MORE" });

        var response = await slack.EventAsync(Payloads.Text("app_mention"));

        Assert.Equal(200, response.Status);
        Assert.Empty(slack.Queue.Items);
        Assert.Empty(slack.Ledger.Keys);
        Assert.Contains("team T123ABC456 is not in Slack:AllowedTeams", slack.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_FromAWorkspaceNotAllowed_EphemeralWordAndNothingQueued()
    {
        using var slack = new SlackHarness(settings: new Dictionary<string, string?> { ["Slack:AllowedTeams"] = "T0OTHER" });

        var response = await slack.CommandAsync(Payloads.Text("slash_command.form"));

        Assert.Equal(200, response.Status);
        Assert.Contains("does not serve this workspace", response.Body, StringComparison.Ordinal);
        Assert.Empty(slack.Queue.Items);
    }

    [Fact]
    public async Task Requests_FromAnAllowedWorkspace_HandledAsUsual()
    {
        using var slack = new SlackHarness(settings: new Dictionary<string, string?> { ["Slack:AllowedTeams"] = "T0OTHER,T123ABC456,T1DC2JH3J" });

        await slack.EventAsync(Payloads.Text("app_mention"));
        await slack.CommandAsync(Payloads.Text("slash_command.form"));
        var verification = await slack.EventAsync(Payloads.Text("url_verification"));

        Assert.Equal(2, slack.Queue.Items.Count);
        Assert.Equal(200, verification.Status);
        Assert.Contains("challenge", verification.Body, StringComparison.Ordinal);
    }
}
