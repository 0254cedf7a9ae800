namespace ModelStrategy.Bot.Tests.EndToEnd.Slack;

/// <summary>
/// Two instances of the bot behind one Slack app, sharing the store: a retry that reaches the other instance is
/// dropped there at once, because the delivery was recorded in the shared store, not in the first instance's memory.
/// </summary>
[Trait("Category", "E2E")]
public sealed class SlackScaleOutEndToEndTests : IDisposable
{
    private readonly SlackBotFactory _first = new();
    private readonly SecondSlackBotFactory _second;

    public SlackScaleOutEndToEndTests() => _second = new SecondSlackBotFactory(_first);

    [Fact]
    public async Task RetryReachingAnotherInstance_DroppedThroughTheSharedStore()
    {
        var mention = SlackPayloads.Mention("EvE2EShared", "C0SHARED", "1800000030.000100", "help");
        await _first.EventAsync(mention);
        await _first.Slack.WaitForAsync(c => c.Count(x => x.Channel == "C0SHARED") == 1, "the first instance's reply");

        var retry = await _second.EventAsync(mention, retryNum: 1);
        await _second.EventAsync(SlackPayloads.Mention("EvE2ESharedSentinel", "C0SHARED", "1800000030.000300", "history", threadTs: "1800000030.000100"));
        var calls = await _first.Slack.WaitForAsync(c => c.Count(x => x.Channel == "C0SHARED") >= 2, "the sentinel's reply");

        Assert.Equal(System.Net.HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, calls.Count(x => x.Method == "chat.postMessage" && x.Channel == "C0SHARED"));
        Assert.Contains(_second.Logs.Lines, l => l.Contains("slack:event:EvE2EShared already taken on (retry 1)", StringComparison.Ordinal));
        Assert.DoesNotContain(_second.Logs.Lines.Concat(_first.Logs.Lines), l => l.Contains(SlackBotFactory.Token, StringComparison.Ordinal)
            || l.Contains(SlackBotFactory.Secret, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}
