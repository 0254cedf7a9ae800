using ModelStrategy.Storage.Tests.TestSupport;
using static ModelStrategy.Bot.Tests.EndToEnd.Reviews.TeamsReviewDriver;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reviews;

/// <summary>Two instances on one private redis-server, both on fake clocks at the due time: the review is posted exactly once.</summary>
[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class ReviewRemindersScaleOutTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task DueReview_TwoInstancesLookingAtOnce_IsPostedExactlyOnce_ByWhicheverClaimedIt()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Storage:RedisKeyPrefix"] = $"reviews-{Guid.NewGuid():N}:",
        };
        using var first = new ReviewBotFactory(settings: settings);
        using var second = new ReviewBotFactory(settings: settings);
        await AssertPostedOnceAsync(first, second);
    }

    /// <summary>Sets a review on <paramref name="first"/>, brings both clocks to its due time, runs both at once.</summary>
    internal static async Task AssertPostedOnceAsync(ReviewBotFactory first, ReviewBotFactory second)
    {
        await SetReviewAsync(first, months: 1);
        var before = first.Connector.Calls.Count;
        Assert.Single(await second.Reminders.ListAsync(ReviewBotFactory.Conversation, CancellationToken.None));

        var due = ReviewBotFactory.Start.AddMonths(1);
        first.Clock.Advance(due - first.Clock.GetUtcNow());
        second.Clock.Advance(due - second.Clock.GetUtcNow());
        var runs = await Task.WhenAll(
            first.Runner.RunDueAsync(CancellationToken.None), second.Runner.RunDueAsync(CancellationToken.None),
            first.Runner.RunDueAsync(CancellationToken.None), second.Runner.RunDueAsync(CancellationToken.None));
        await UntilAsync(async () => (await first.Reminders.ListAsync(ReviewBotFactory.Conversation, CancellationToken.None)).Count == 0, "the review to be posted");

        var posts = first.Connector.Calls.Skip(before).Concat(second.Connector.Calls).ToList();
        var post = Assert.Single(posts);
        Assert.Equal("Review: 1 month on", Texts(Card(post.Body))[0]);
        Assert.True(runs.Sum(r => r.Count) <= 1, "more than one instance took the review up");
    }
}
