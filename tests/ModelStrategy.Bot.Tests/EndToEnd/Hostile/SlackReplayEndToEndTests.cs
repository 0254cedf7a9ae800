using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;

namespace ModelStrategy.Bot.Tests.EndToEnd.Hostile;

/// <summary>
/// A signed Slack request captured and sent again byte for byte, signature and timestamp included (within Slack's
/// five minutes, so the signature is still valid): the first is taken on, the replay is acknowledged with 200 (what
/// Slack expects of a repeat) and has no effect: no new delivery or inbox row, so no work is ever queued for it.
/// </summary>
[Trait("Category", "E2E")]
public sealed class SlackReplayEndToEndTests(FuzzBotFactory factory) : IClassFixture<FuzzBotFactory>
{
    [Fact]
    public async Task ReplayedEvent_SecondHasNoEffect() =>
        await AssertReplayHasNoEffectAsync(HostileRequests.Post("/slack/events", "application/json",
            SlackPayloads.Mention("EvReplay", "C0REPLAY", "1800000960.000100", "help")), "C0REPLAY");

    [Fact]
    public async Task ReplayedCommand_SecondHasNoEffect() =>
        await AssertReplayHasNoEffectAsync(HostileRequests.Post("/slack/commands", "application/x-www-form-urlencoded", string.Join("&",
            SlackPayloads.Command("C0REPLAYCMD", "quick RAG over 500 docs", "trigger-replay", factory.Slack.ResponseUrl("commands/replay"))
                .Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)))), "hooks/commands/replay");

    [Fact]
    public async Task ReplayedClick_SecondHasNoEffect()
    {
        var seeds = await FuzzSeeds.GatherAsync(factory);
        var click = SlackPayloads.Click(seeds.Button, seeds.BlockId, "C0SEED", seeds.QuestionTs, "1800000900.000100", "trigger-replay-click",
            factory.Slack.ResponseUrl("actions/replay"));

        await AssertReplayHasNoEffectAsync(HostileRequests.Post("/slack/interactions", "application/x-www-form-urlencoded",
            "payload=" + Uri.EscapeDataString(click)), "chat.update");
    }

    private async Task AssertReplayHasNoEffectAsync(FuzzRequest request, string reply)
    {
        // Arrange: the original, taken on and answered.
        var signed = request with { Headers = FuzzBotFactory.Signature(request.Body, TimeProvider.System.GetUtcNow()) };
        var first = await factory.SendAsync(signed);
        await factory.Slack.WaitForAsync(c => c.Any(x => Names(x, reply)), "the reply to the original");
        await WaitForTheInboxToDrainAsync();
        var before = await StoreSnapshot.TakeAsync(factory);

        // Act: the very same bytes and headers again.
        var replay = await factory.SendAsync(signed);

        // Assert
        Assert.Equal(200, first.Status);
        Assert.Equal(200, replay.Status);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
        Assert.Single(factory.Slack.Calls, x => Names(x, reply));
    }

    private static bool Names(SlackCall call, string reply) =>
        call.Method == reply || (call.Method == "chat.postMessage" && call.Channel == reply);

    private async Task WaitForTheInboxToDrainAsync()
    {
        for (var i = 0; i < 200 && StoreConsistency.Count(factory.SqlitePath, "inbox") > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, StoreConsistency.Count(factory.SqlitePath, "inbox"));
    }
}
