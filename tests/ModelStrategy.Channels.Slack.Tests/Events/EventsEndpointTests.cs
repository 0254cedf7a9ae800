using System.Text.Json;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Slack.Tests.Events;

/// <summary>POST /slack/events with the payloads Slack's docs show for each event (Payloads/*.json).</summary>
[Trait("Category", "Contract")]
public sealed class EventsEndpointTests : IDisposable
{
    private readonly SlackHarness _slack = new();

    [Fact]
    public async Task UrlVerification_Signed_AnswersTheChallenge()
    {
        var response = await _slack.EventAsync(Payloads.Text("url_verification"));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType, StringComparison.Ordinal);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonDocument.Parse(response.Body).RootElement.GetProperty("challenge").GetString());
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task AppMention_InAChannel_QueuesTheDialogInTheMentionsThread()
    {
        var response = await _slack.EventAsync(Payloads.Text("app_mention"));

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        var work = Assert.IsType<DialogMessageWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(ConversationKey.Thread("slack", "T123ABC456", "C123ABC456", "1515449522.000016"), work.Input.Key);
        Assert.Equal(new SlackPlace("C123ABC456", "1515449522.000016"), work.Place);
        Assert.Equal("is it everything a river should be?", work.Input.Text);
        Assert.Equal("Ev123ABC456", work.Input.DeliveryId);
        Assert.Equal("U061F7AUR", work.Input.Actor.Id);
        Assert.Equal(["slack:event:Ev123ABC456"], _slack.Ledger.Keys);
    }

    [Fact]
    public async Task AppMention_InAThread_KeyedByTheThreadRootWithEntitiesDecoded()
    {
        await _slack.EventAsync(Payloads.Text("app_mention_in_thread"));

        var work = Assert.IsType<DialogMessageWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(ConversationKey.Thread("slack", "T123ABC456", "C123ABC456", "1515449522.000016"), work.Input.Key);
        Assert.Equal("1515449522.000016", work.Place.ThreadTs);
        Assert.Equal("under <200 ms & launch in 6 weeks", work.Input.Text);
        Assert.Equal("1515449600.000200", work.Input.MessageId);
    }

    [Fact]
    public async Task MessageIm_DirectMessage_QueuesThePersonalDialogAtTopLevel()
    {
        await _slack.EventAsync(Payloads.Text("message_im"));

        var work = Assert.IsType<DialogMessageWork>(Assert.Single(_slack.Queue.Items));
        Assert.Equal(ConversationKey.Personal("slack", "T123ABC456", "U2147483697"), work.Input.Key);
        Assert.Equal(new SlackPlace("D024BE91L", null), work.Place);
        Assert.Equal("Hello hello can you hear me?", work.Input.Text);
    }

    [Theory]
    [InlineData("message_bot_message")]
    [InlineData("message_from_app")]
    [InlineData("message_changed")]
    [InlineData("message_channels")]
    [InlineData("reaction_added")]
    public async Task OtherMessagesAndEvents_AcknowledgedAndIgnored(string payload)
    {
        var response = await _slack.EventAsync(Payloads.Text(payload));

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
        Assert.Empty(_slack.Ledger.Keys);
    }

    [Fact]
    public async Task MessageIm_FromTheBotsOwnUserWithoutBotId_Ignored()
    {
        var own = Payloads.Text("message_im").Replace("\"user\": \"U2147483697\"", "\"user\": \"U0LAN0Z89\"", StringComparison.Ordinal);

        var response = await _slack.EventAsync(own);

        Assert.Equal(200, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task SameEventRetried_QueuedOnce()
    {
        var body = Payloads.Text("app_mention");

        var first = await _slack.EventAsync(body);
        var retry = await _slack.EventAsync(body, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });

        Assert.Equal(200, first.Status);
        Assert.Equal(200, retry.Status);
        Assert.Single(_slack.Queue.Items);
        Assert.Contains(_slack.Logs.Entries, e => e.Text.Contains("slack:event:Ev123ABC456 already taken on (retry 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueFull_AcknowledgedAndKeptInTheInboxReleasedForAnyWorker()
    {
        using var full = new SlackHarness(queueCapacity: 0);

        var response = await full.EventAsync(Payloads.Text("app_mention"));

        Assert.Equal(200, response.Status);
        var item = Assert.Single(full.Inbox.Items);
        Assert.Equal("slack:event:Ev123ABC456", item.Key);
        Assert.Equal((SlackHarness.Now, null), (full.Inbox.LeasedUntil(item.Key), full.Inbox.OwnerOf(item.Key)));
    }

    [Theory]
    [InlineData("app_mention")]
    [InlineData("app_mention_in_thread")]
    [InlineData("message_im")]
    public async Task QueuedEvent_ReadBackFromItsInboxItem_IsTheSameWork(string payload)
    {
        await _slack.EventAsync(Payloads.Text(payload));

        var (queued, readBack) = Assert.Single(_slack.ReadBackFromInbox());

        Assert.Equal(queued, readBack);
    }

    [Fact]
    public async Task AnswerableEvent_StoredInTheInboxBeforeTheAck_WithTheRawBodyLeasedToThisInstance()
    {
        var body = Payloads.Text("app_mention");

        var response = await _slack.EventAsync(body);

        Assert.Equal(200, response.Status);
        var item = Assert.Single(_slack.Inbox.Items);
        Assert.Equal(("slack:event:Ev123ABC456", "events", body, 1), (item.Key, item.Kind, item.Payload, item.Attempts));
        Assert.Equal((SlackHarness.Now.AddSeconds(6), _slack.Owner), (_slack.Inbox.LeasedUntil(item.Key), _slack.Inbox.OwnerOf(item.Key)));
        Assert.Equal(item.Key, Assert.Single(_slack.Queue.Items).InboxKey);
    }

    [Theory]
    [InlineData("url_verification")]
    [InlineData("app_mention")]
    public async Task Unsigned_Refused401WithNothingDone(string payload)
    {
        var response = await _slack.EventAsync(Payloads.Text(payload), sign: false);

        Assert.Equal(401, response.Status);
        Assert.DoesNotContain("challenge", response.Body, StringComparison.Ordinal);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task SignedWithAnotherSecret_Refused401()
    {
        using var other = new SlackHarness(secret: "another-secret");

        var response = await other.EventAsync(Payloads.Text("app_mention"));

        Assert.Equal(401, response.Status);
        Assert.Empty(other.Queue.Items);
    }

    [Fact]
    public async Task NoSecretConfigured_EverySignedLookingRequestRefused()
    {
        using var unconfigured = new SlackHarness(secret: string.Empty);

        var response = await unconfigured.EventAsync(Payloads.Text("url_verification"));

        Assert.Equal(401, response.Status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"a string\"")]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("{\"type\":\"url_verification\"}")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\"}")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":\"text\"}")]
    public async Task SignedButMalformed_400(string body)
    {
        var response = await _slack.EventAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Empty(_slack.Queue.Items);
    }

    [Fact]
    public async Task BodyOver64KB_413BeforeAnythingElse()
    {
        var body = "{\"type\":\"event_callback\",\"pad\":\"" + new string('x', 65 * 1024) + "\"}";

        var response = await _slack.EventAsync(body);

        Assert.Equal(413, response.Status);
    }

    [Fact]
    public async Task AppRateLimited_Acknowledged()
    {
        var response = await _slack.EventAsync("""
            {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","type":"app_rate_limited","team_id":"T123ABC456","minute_rate_limited":1518467820,"api_app_id":"A123ABC456"}
            """);

        Assert.Equal(200, response.Status);
        Assert.Contains(_slack.Logs.Entries, e => e.Text.Contains("rate limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_NeverContainTheSecretOrTheMessageText()
    {
        await _slack.EventAsync(Payloads.Text("app_mention"));
        await _slack.EventAsync(Payloads.Text("app_mention"), sign: false);

        Assert.DoesNotContain(SlackHarness.Secret, _slack.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("river", _slack.Logs.All, StringComparison.Ordinal);
    }

    public void Dispose() => _slack.Dispose();
}
