using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>"Triage this message" on a message: quick triage on its text, answered in its thread to the asker only.</summary>
/// <param name="MessageText">The message's text as Slack sent it (mrkdwn, mentions and entities included); untrusted.</param>
/// <param name="ChannelId">The message's channel.</param>
/// <param name="ThreadTs">The thread to answer in: the message's thread, or the message itself when it starts one.</param>
/// <param name="UserId">Who used the shortcut: the only one who sees the answer until they share it.</param>
/// <param name="ResponseUrl">The shortcut's response_url, for when the bot cannot post in the channel.</param>
internal sealed record TriageMessageWork(string MessageText, string ChannelId, string ThreadTs, string UserId, string ResponseUrl) : SlackWork
{
    public override string Partition => ResponseUrl;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<TriageMessageHandler>(services).HandleAsync(this, cancellationToken);
}
