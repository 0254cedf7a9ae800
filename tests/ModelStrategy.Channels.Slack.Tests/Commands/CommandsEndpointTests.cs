using System.Text.Json;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Tests.TestSupport;

namespace ModelStrategy.Channels.Slack.Tests.Commands;

/// <summary>POST /slack/commands with the form body Slack's docs show (Payloads/slash_command.form) and variations of its text.</summary>
[Trait("Category", "Contract")]
public sealed class CommandsEndpointTests : IDisposable
{
    private readonly SlackHarness _slack = new();

    [Fact]
    public async Task NoText_QueuesTheModalWithWhereToPostTheResult()
    {
        var response = await _slack.CommandAsync(Payloads.Text("slash_command.form"));

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        var work = Assert.IsType<OpenModalWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", work.TriggerId);
        Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", work.ResponseUrl);
        var origin = ModalOrigin.FromMetadata(work.PrivateMetadata);
        Assert.Equal(new ModalOrigin("G8PSS9T3V", "U2CERLKJA", work.ResponseUrl), origin);
        Assert.Equal(["slack:command:398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"], _slack.Ledger.Keys);
    }

    [Fact]
    public async Task Quick_QueuesQuickTriageWithTheTextAfterQuick()
    {
        var response = await _slack.CommandAsync(WithText("quick+launch+in+6+weeks%2C+300+labeled+tickets%2C+budget+%2440k"));

        Assert.Equal(200, response.Status);
        var work = Assert.IsType<QuickWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("launch in 6 weeks, 300 labeled tickets, budget $40k", work.Text);
        Assert.StartsWith("https://hooks.slack.com/commands/", work.ResponseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextTheTriageParserUnderstands_TakenAsQuick()
    {
        await _slack.CommandAsync(WithText("300+labeled+tickets+and+a+budget+of+40k"));

        var work = Assert.IsType<QuickWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal("300 labeled tickets and a budget of 40k", work.Text);
    }

    [Fact]
    public async Task Help_AnsweredEphemerallyInTheResponse()
    {
        var response = await _slack.CommandAsync(WithText("help"));

        Assert.Equal(200, response.Status);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("/webhook-collect quick", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("blocks").GetArrayLength() > 0);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task TextWithNothingToRead_HelpSaysWhatItCouldNotRead()
    {
        var response = await _slack.CommandAsync(WithText("banana"));

        var text = JsonDocument.Parse(response.Body).RootElement.GetProperty("text").GetString();
        Assert.Contains("\"banana\"", text, StringComparison.Ordinal);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task QuickWithoutText_AskedForWhatTheyKnow()
    {
        var response = await _slack.CommandAsync(WithText("quick"));

        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("after", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task SameTriggerTwice_QueuedOnce()
    {
        await _slack.CommandAsync(Payloads.Text("slash_command.form"));
        await _slack.CommandAsync(Payloads.Text("slash_command.form"));

        Assert.Single(_slack.Queue.Items);
    }

    [Fact]
    public async Task SslCheck_UnsignedProbeAcknowledgedWithNothingDone()
    {
        var response = await _slack.CommandAsync("ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G", sign: false);

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task SslCheck_NoSecretConfigured_StillRefused()
    {
        using var unconfigured = new SlackHarness(secret: string.Empty);

        var response = await unconfigured.CommandAsync("ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G", sign: false);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task UnsignedCommand_Refused401()
    {
        var response = await _slack.CommandAsync(Payloads.Text("slash_command.form"), sign: false);

        Assert.Equal(401, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Theory]
    [InlineData("team_id=T1&user_id=U1&command=%2Fmodelstrategy")]
    [InlineData("")]
    [InlineData("%%%")]
    public async Task SignedButMissingFields_400(string form)
    {
        var response = await _slack.CommandAsync(form);

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task EveryQueuedCommand_ReadBackFromItsInboxItem_IsTheSameWork()
    {
        await _slack.CommandAsync(Payloads.Text("slash_command.form"));
        await _slack.CommandAsync(WithText("quick+launch+in+6+weeks%2C+300+labeled+tickets%2C+budget+%2440k").Replace("trigger_id=", "trigger_id=2", StringComparison.Ordinal));

        var pairs = _slack.ReadBackFromInbox();

        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p.Queued, p.ReadBack));
    }

    public void Dispose() => _slack.Dispose();

    private static string WithText(string encodedText) =>
        Payloads.Text("slash_command.form").Replace("&text=&", "&text=" + encodedText + "&", StringComparison.Ordinal);
}
