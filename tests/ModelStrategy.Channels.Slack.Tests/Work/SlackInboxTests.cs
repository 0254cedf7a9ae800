using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Tests.Work;

/// <summary>An inbox item read back (after a restart) is the work the endpoint read from the same raw body.</summary>
public sealed class SlackInboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Decode_EventItemWhoseLeaseRanOut_IsItsDialogMessageWithItsKeyAndAttempts()
    {
        // An instance stored the event, acknowledged it and died: its lease has run out, and another leases it.
        var inbox = new InMemoryInbox();
        await inbox.TryAddAsync("slack:event:Ev123ABC456", EventsEndpoint.Inbox.Name, Payloads.Text("app_mention"), "a-dead-instance", Now, CancellationToken.None);
        var leased = Assert.Single(await inbox.LeaseAsync("this-instance", Now, Now.AddMinutes(1), 10, CancellationToken.None));

        var work = Assert.IsType<DialogMessageWork>(SlackInbox.Decode(leased));

        Assert.Equal(("slack:event:Ev123ABC456", 2, "Ev123ABC456"), (work.InboxKey, work.Attempts, work.Input.DeliveryId));
    }

    [Fact]
    public void Decode_ItemOfAKindNoEndpointWrites_HoldsNoWork()
    {
        var item = new Core.ChannelSupport.Inbox.InboxItem("k", "probe", Payloads.Text("app_mention"), null, 2);

        Assert.Null(SlackInbox.Decode(item));
    }
}
