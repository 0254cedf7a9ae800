using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reviews;

/// <summary>A review set from a result in a Slack thread comes back, when due, as one chat.postMessage in that thread.</summary>
[Trait("Category", "E2E")]
public sealed class SlackReviewEndToEndTests
{
    private const string Channel = "C0REVIEW";
    private const string Root = "1800000300.000100";

    [Fact]
    public async Task ReviewSetInAThread_WhenDue_IsPostedOnceInThatThread()
    {
        using var host = new ClockedSlackBotFactory();
        var slack = host.Slack;
        await host.EventAsync(SlackPayloads.Mention("EvReview1", Channel, Root, "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k"));
        var result = await PostedAsync(slack, 1, "the result");
        var offer = await ClickAsync(host, result, "reviewlater", 2);
        var (button, blockId, _) = SlackBlocks.Buttons(Blocks(offer)).Single(b => b.Command == "review" && ((string)b.Button["text"]!["text"]!).EndsWith("1 month", StringComparison.Ordinal));
        await host.InteractionAsync(SlackPayloads.Click(button, blockId, Channel, offer.PostedTs!, Root, "trigger-review-set", slack.ResponseUrl("review")));
        var confirmation = await PostedAsync(slack, 3, "the confirmation");
        var key = ConversationKey.Thread("slack", SlackPayloads.Team, Channel, Root).Value;
        var reminders = host.Services.GetRequiredService<IReviewReminderStore>();

        host.Clock.Advance(host.Clock.GetUtcNow().AddMonths(1) - host.Clock.GetUtcNow());
        await TeamsReviewDriver.UntilAsync(async () => (await reminders.ListAsync(key, CancellationToken.None)).Count == 0, "the review to be posted");

        Assert.StartsWith("Review set for", confirmation.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var posts = slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        Assert.Equal(4, posts.Count);
        Assert.Equal((Channel, Root), (posts[3].Channel, posts[3].ThreadTs));
        Assert.StartsWith("Review: 1 month on.", posts[3].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(SlackBlocks.Buttons(Blocks(posts[3])), b => b.Command == "adjust");
    }

    private static async Task<SlackCall> PostedAsync(FakeSlackApi slack, int count, string what) =>
        (await slack.WaitForAsync(c => c.Count(x => x.Method == "chat.postMessage") >= count, what)).Where(x => x.Method == "chat.postMessage").ElementAt(count - 1);

    private static async Task<SlackCall> ClickAsync(ClockedSlackBotFactory host, SlackCall message, string command, int posts)
    {
        var (button, blockId, _) = SlackBlocks.Button(Blocks(message), command);
        await host.InteractionAsync(SlackPayloads.Click(button, blockId, Channel, message.PostedTs!, Root, "trigger-" + command, host.Slack.ResponseUrl(command)));
        return await PostedAsync(host.Slack, posts, "the answer to " + command);
    }

    private static JsonNode? Blocks(SlackCall call) => JsonNode.Parse(call.Body)!["blocks"];

    /// <summary>The Slack host on a fake clock that starts now (requests are signed with the real time).</summary>
    private sealed class ClockedSlackBotFactory : SlackBotFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
