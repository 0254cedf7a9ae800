namespace ModelStrategy.Load.FakeApis;

/// <summary>How many outbound calls of the bot the fake APIs answered, per channel and operation.</summary>
internal sealed class CallCounts
{
    private long _teamsSend;
    private long _teamsUpdate;
    private long _slackPost;
    private long _slackUpdate;
    private long _slackOther;

    /// <summary>A Bot Connector POST (send or reply to an activity).</summary>
    public void TeamsSend() => Interlocked.Increment(ref _teamsSend);

    /// <summary>A Bot Connector PUT (update an activity).</summary>
    public void TeamsUpdate() => Interlocked.Increment(ref _teamsUpdate);

    /// <summary>A Slack Web API call, by method name.</summary>
    public void Slack(string method)
    {
        switch (method)
        {
            case "chat.postMessage":
                Interlocked.Increment(ref _slackPost);
                break;
            case "chat.update":
                Interlocked.Increment(ref _slackUpdate);
                break;
            default:
                Interlocked.Increment(ref _slackOther);
                break;
        }
    }

    /// <summary>The counts so far as a flat object (GET /counts).</summary>
    public object Snapshot() => new
    {
        teamsSend = Interlocked.Read(ref _teamsSend),
        teamsUpdate = Interlocked.Read(ref _teamsUpdate),
        slackPostMessage = Interlocked.Read(ref _slackPost),
        slackUpdate = Interlocked.Read(ref _slackUpdate),
        slackOther = Interlocked.Read(ref _slackOther),
    };
}
