using System.Text;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// One kind of Slack inbox item: its name, and how its work is read back from the raw verified body it holds. Each
/// endpoint owns one and reads requests with the same <see cref="ReadWork"/>, so what a restarted instance runs is
/// what the endpoint queued.
/// </summary>
internal sealed record SlackInboxKind(string Name, Func<byte[], SlackWork?> ReadWork);

/// <summary>Reads Slack inbox items back into work (after a restart, or when another instance's lease ran out).</summary>
internal static class SlackInbox
{
    private static readonly SlackInboxKind[] Kinds = [EventsEndpoint.Inbox, CommandsEndpoint.Inbox, InteractionsEndpoint.Inbox];

    /// <summary>The work in <paramref name="item"/>, carrying its key, attempts and progress; null when it holds no work.</summary>
    public static SlackWork? Decode(InboxItem item)
    {
        var body = Encoding.UTF8.GetBytes(item.Payload);
        var work = Array.Find(Kinds, k => k.Name == item.Kind)?.ReadWork(body);
        return work is null ? null : work with { InboxKey = item.Key, Attempts = item.Attempts, Progress = item.Progress, TeamId = SlackTeamId.Read(body) };
    }
}
