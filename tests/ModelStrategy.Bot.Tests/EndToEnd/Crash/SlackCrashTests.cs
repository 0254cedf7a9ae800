using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;

namespace ModelStrategy.Bot.Tests.EndToEnd.Crash;

/// <summary>
/// Issue 7's crash test: the real host, a child process, is killed (kill -9) while it is posting the reply to a Slack
/// event; a new process on the same SQLite file takes the event up from the durable inbox and the reply arrives
/// exactly once.
/// </summary>
[Trait("Category", "Crash")]
[Trait("Tier", "External")]
public sealed class SlackCrashTests : IAsyncLifetime
{
    private const string Secret = "crash-signing-secret-5b1f";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ms-bot-crash", Guid.NewGuid().ToString("N"));
    private FakeSlackApi _slack = null!;

    private string Database => Path.Combine(_root, "modelstrategy.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task KilledWhilePostingTheReply_RestartedOnTheSameDatabase_TheReplyArrivesExactlyOnce()
    {
        // Arrange: Slack stalls on the first chat.postMessage, so the host is mid-reply when it dies
        _slack.HangNext("chat.postMessage");
        var mention = SlackPayloads.Mention("EvCRASH0001", "C0CRASH", "1800000100.000100", "start");

        // Act
        var first = await BotProcess.StartAsync(Settings());
        await using (first)
        {
            using var ack = await first.PostSlackEventAsync(mention, Secret);
            Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
            await WaitForAsync(() => Posts().Count == 1, "the first chat.postMessage to reach the fake", first);
            await first.KillAsync();
        }

        Assert.Equal(1, await InboxCountAsync());
        var second = await BotProcess.StartAsync(Settings());
        await using (second)
        {
            await WaitForAsync(() => InboxCountAsync().GetAwaiter().GetResult() == 0, "the restarted host to finish the inbox item", second);

            // Slack's own retry of the event reaches the new process too: it is a repeat, not new work
            using var retry = await second.PostSlackEventAsync(mention, Secret);
            Assert.Equal(System.Net.HttpStatusCode.OK, retry.StatusCode);
            Assert.Equal(0, await InboxCountAsync());
        }

        // Assert: one post that was never answered (the crash), then exactly one reply, in the mention's thread
        var posts = Posts();
        Assert.Equal([0, 200], posts.Select(p => p.Status));
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Equal(("C0CRASH", "1800000100.000100"), (posts[1].Channel, posts[1].ThreadTs));
    }

    private List<SlackCall> Posts() => [.. _slack.Calls.Where(c => c.Method == "chat.postMessage")];

    private Dictionary<string, string> Settings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Database,
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = "xoxb-crash-test-token",
        ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
        ["Slack:InboxLeaseSeconds"] = "2",
        ["Slack:InboxPollSeconds"] = "1",
        ["PublicBaseUrl"] = "https://bot.example.com",
    };

    private async Task<long> InboxCountAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM inbox;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Polls (every 50 ms, up to 90 s: two processes share two cores with other builds) until <paramref name="done"/>.</summary>
    private static async Task WaitForAsync(Func<bool> done, string what, BotProcess bot)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"waited 90 s for {what}; the bot wrote:\n{bot.Output}");
            }

            await Task.Delay(50);
        }
    }
}
