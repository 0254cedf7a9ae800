using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Channels.Slack.RateLimiting;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Channels.Slack.Tests.RateLimiting;

/// <summary>
/// Over the limit, a message or a click gets one "slow down" notice per team and channel per window, sent after the
/// acknowledgement; anything the bot would not have answered gets none.
/// </summary>
public sealed class RateLimitNoticeQueueTests
{
    private const string Team = "T0NOTICE";
    private static readonly RateLimitDecision OverBy12Seconds = new(false, TimeSpan.FromSeconds(11.2));
    private static readonly PathString Events = SlackChannelEndpointRouteBuilderExtensions.EventsRoute;
    private static readonly PathString Interactions = SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute;
    private static readonly PathString Commands = SlackChannelEndpointRouteBuilderExtensions.CommandsRoute;

    private readonly FakeTimeProvider _time = new();
    private readonly RecordingQueue _queue = new(capacity: 100);
    private readonly RateLimitNoticeQueue _notices;

    public RateLimitNoticeQueueTests() =>
        _notices = new RateLimitNoticeQueue(new RateLimitNotices(_time), _queue, NullLogger<RateLimitNoticeQueue>.Instance);

    [Fact]
    public void Offer_DirectMessage_QueuesOneNoticeForItsChannelNamingTheWait()
    {
        // Act
        _notices.Offer(Events, DirectMessage("D0ONE", "Ev1"), Team, OverBy12Seconds);

        // Assert
        var notice = Assert.IsType<RateLimitNoticeWork>(Assert.Single(_queue.Items));
        Assert.Equal("D0ONE", notice.Place?.Channel);
        Assert.Null(notice.ResponseUrl);
        Assert.Null(notice.InboxKey);
        Assert.Contains("try again in 12 seconds", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_FloodFromOneChannel_OneNoticePerWindowAndOtherChannelsStillGetTheirs()
    {
        // Act
        for (var i = 0; i < 5; i++)
        {
            _notices.Offer(Events, DirectMessage("D0FLOOD", $"Ev{i}"), Team, OverBy12Seconds);
        }

        _notices.Offer(Events, DirectMessage("D0OTHER", "Ev9"), Team, OverBy12Seconds);
        _notices.Offer(Events, DirectMessage("D0FLOOD", "Ev10"), "T0SECOND", OverBy12Seconds);
        var beforeTheWindowEnds = _queue.Items.Count;
        _time.Advance(RateLimitNotices.Window + TimeSpan.FromSeconds(1));
        _notices.Offer(Events, DirectMessage("D0FLOOD", "Ev11"), Team, OverBy12Seconds);

        // Assert: D0FLOOD once, D0OTHER once, the other team's D0FLOOD once; then D0FLOOD again after the window.
        Assert.Equal(3, beforeTheWindowEnds);
        Assert.Equal(4, _queue.Items.Count);
    }

    [Fact]
    public void Offer_ClickOnAMessage_QueuesAnEphemeralAnswerThroughItsResponseUrl()
    {
        // Act
        _notices.Offer(Interactions, Click("C0CLICK", "https://hooks.slack.com/actions/T0/1/abc"), Team, OverBy12Seconds);

        // Assert
        var notice = Assert.IsType<RateLimitNoticeWork>(Assert.Single(_queue.Items));
        Assert.Equal("https://hooks.slack.com/actions/T0/1/abc", notice.ResponseUrl);
        Assert.Null(notice.Place);
    }

    [Theory]
    [InlineData("""{"type":"url_verification","challenge":"x"}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":"message","subtype":"bot_message","bot_id":"B1","channel":"D0BOT","ts":"1.1","channel_type":"im","text":"start"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":"reaction_added","user":"U1"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1"}""")]
    [InlineData("""not json""")]
    public void Offer_EventTheBotWouldNotAnswer_QueuesNothing(string body)
    {
        // Act
        _notices.Offer(Events, Encoding.UTF8.GetBytes(body), Team, OverBy12Seconds);

        // Assert
        Assert.Empty(_queue.Items);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","container":{"channel_id":"C0X"},"actions":[]}""")]
    [InlineData("""{"type":"block_actions","response_url":"https://hooks.slack.com/actions/x","actions":[]}""")]
    [InlineData("""{"type":"view_submission","response_url":"https://hooks.slack.com/actions/x","container":{"channel_id":"C0X"}}""")]
    public void Offer_InteractionWithoutAChannelOrResponseUrl_QueuesNothing(string payload)
    {
        // Act
        _notices.Offer(Interactions, Form(payload), Team, OverBy12Seconds);

        // Assert
        Assert.Empty(_queue.Items);
    }

    [Fact]
    public void Offer_UnknownTeamOrSlashCommand_QueuesNothing()
    {
        // Act: a command already hears "slow down" in its synchronous answer.
        _notices.Offer(Events, DirectMessage("D0ANON", "Ev1"), teamId: null, OverBy12Seconds);
        _notices.Offer(Commands, Encoding.UTF8.GetBytes("command=%2Fmodelstrategy&channel_id=C0CMD&response_url=https%3A%2F%2Fhooks.slack.com%2Fx"), Team, OverBy12Seconds);

        // Assert
        Assert.Empty(_queue.Items);
    }

    [Fact]
    public void Offer_QueueFull_DropsTheNoticeWithoutThrowing()
    {
        // Arrange
        var full = new RecordingQueue(capacity: 0);
        var notices = new RateLimitNoticeQueue(new RateLimitNotices(_time), full, NullLogger<RateLimitNoticeQueue>.Instance);

        // Act
        var error = Record.Exception(() => notices.Offer(Events, DirectMessage("D0FULL", "Ev1"), Team, OverBy12Seconds));

        // Assert
        Assert.Null(error);
        Assert.Empty(full.Items);
    }

    private static byte[] DirectMessage(string channel, string eventId) => Encoding.UTF8.GetBytes(
        """{"type":"event_callback","team_id":"T0NOTICE","event_id":""" + $"\"{eventId}\"" +
        ""","event":{"type":"message","channel":""" + $"\"{channel}\"" +
        ""","user":"U0ANA","text":"start","ts":"1800000000.000100","channel_type":"im"}}""");

    private static byte[] Click(string channel, string responseUrl) => Form(
        """{"type":"block_actions","team":{"id":"T0NOTICE"},"user":{"id":"U0ANA"},"trigger_id":"1.2.3","container":{"type":"message","channel_id":""" +
        $"\"{channel}\"" + ""","message_ts":"1800000000.000200"},"response_url":""" + $"\"{responseUrl}\"" +
        ""","actions":[{"action_id":"a","value":"v","type":"button"}]}""");

    private static byte[] Form(string payload) => Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload));
}
