using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>An inbox owner with a known name, which knows the given other owners to have ended.</summary>
internal sealed class FixedInboxOwner(string id, params string[] ended) : IInboxOwner
{
    public string Id => id;

    public bool HasEnded(string owner) => ended.Contains(owner, StringComparer.Ordinal);
}
