using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Reviews;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IReviewReminderStore"/> must do, run against each provider by a subclass.</summary>
public abstract class ReviewReminderStoreContract(StoreProvider provider) : StoreContract(provider)
{
    private const string Thread = "slack|T1|thread|C1|1700000000.000100";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private IReviewReminderStore Reviews => Scope.Reviews;

    [Fact]
    public async Task TryAddAsync_NewSameAndOverTheLimit_AddsOnceThenSaysExistsThenFull()
    {
        var first = await Reviews.TryAddAsync(Reminder("r1", 3), 2, CancellationToken.None);
        var again = await Reviews.TryAddAsync(Reminder("r1", 3), 2, CancellationToken.None);
        var second = await Reviews.TryAddAsync(Reminder("r2", 1), 2, CancellationToken.None);
        var third = await Reviews.TryAddAsync(Reminder("r3", 6), 2, CancellationToken.None);
        var elsewhere = await Reviews.TryAddAsync(Reminder("r4", 6, "teams|t|personal|u1"), 2, CancellationToken.None);

        Assert.Equal([ReviewAdd.Added, ReviewAdd.Exists, ReviewAdd.Added, ReviewAdd.Full, ReviewAdd.Added], [first, again, second, third, elsewhere]);
        Assert.Equal(["r2", "r1"], (await Reviews.ListAsync(Thread, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListAsync_AfterARestart_ReturnsTheReminderAsStored()
    {
        var reminder = Reminder("r1", 12) with { Text = "quick: launch in 6 weeks, é ✓ \"quoted\"" };
        await Reviews.TryAddAsync(reminder, 5, CancellationToken.None);
        await Scope.DisposeAsync();

        Scope = Provider.Open();
        var listed = Assert.Single(await Reviews.ListAsync(Thread, CancellationToken.None));

        Assert.Equal(reminder.Id, listed.Id);
        Assert.Equal((reminder.DueAt, reminder.Address, reminder.Text, reminder.Baseline.Cost), (listed.DueAt, listed.Address, listed.Text, listed.Baseline.Cost));
        Assert.Equal(reminder.Baseline.Figures, listed.Baseline.Figures);
        Assert.Equal(reminder.Constraints, listed.Constraints);
    }

    [Fact]
    public async Task ClaimDueAsync_BeforeAtAndAfterTheLease_HandsTheReminderOutOnceThenAgainWhenTheLeaseEnds()
    {
        var reminder = Reminder("r1", 1);
        await Reviews.TryAddAsync(reminder, 5, CancellationToken.None);
        var due = reminder.DueAt;

        var early = await Reviews.ClaimDueAsync(due - TimeSpan.FromMilliseconds(1), due + Lease, 10, CancellationToken.None);
        var claimed = await Reviews.ClaimDueAsync(due, due + Lease, 10, CancellationToken.None);
        var whileLeased = await Reviews.ClaimDueAsync(due + Lease - TimeSpan.FromMilliseconds(1), due + (2 * Lease), 10, CancellationToken.None);
        var afterLease = await Reviews.ClaimDueAsync(due + Lease, due + (2 * Lease), 10, CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(("r1", 1), (Assert.Single(claimed).Id, claimed[0].Attempts));
        Assert.Empty(whileLeased);
        Assert.Equal(("r1", 2), (Assert.Single(afterLease).Id, afterLease[0].Attempts));
    }

    [Fact]
    public async Task ClaimDueAsync_TwoInstancesAtOnce_EachReminderGoesToExactlyOne()
    {
        for (var i = 0; i < 6; i++)
        {
            await Reviews.TryAddAsync(Reminder($"r{i}", 1, $"slack|T1|thread|C1|17000000{i:00}.000100"), 5, CancellationToken.None);
        }

        await using var other = Provider.Open();
        var at = TestClock.Start.AddMonths(2);
        var claims = await Task.WhenAll(
            Reviews.ClaimDueAsync(at, at + Lease, 4, CancellationToken.None),
            other.Reviews.ClaimDueAsync(at, at + Lease, 4, CancellationToken.None),
            Reviews.ClaimDueAsync(at, at + Lease, 4, CancellationToken.None));

        var ids = claims.SelectMany(c => c).Select(r => r.Id).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(6, ids.Distinct().Count());
    }

    [Fact]
    public async Task CancelAsync_ByItsConversation_RemovesItSoItIsNeverClaimed_AndAnotherConversationCannot()
    {
        await Reviews.TryAddAsync(Reminder("r1", 1), 5, CancellationToken.None);
        await Reviews.TryAddAsync(Reminder("r2", 1), 5, CancellationToken.None);

        var byStranger = await Reviews.CancelAsync("slack|T1|thread|C2|1700000000.000100", "r1", CancellationToken.None);
        var cancelled = await Reviews.CancelAsync(Thread, "r1", CancellationToken.None);
        var twice = await Reviews.CancelAsync(Thread, "r1", CancellationToken.None);
        var at = TestClock.Start.AddYears(1);
        var claimed = await Reviews.ClaimDueAsync(at, at + Lease, 10, CancellationToken.None);

        Assert.Null(byStranger);
        Assert.Equal("r1", cancelled?.Id);
        Assert.Null(twice);
        Assert.Equal(["r2"], claimed.Select(r => r.Id));
        Assert.Equal(["r2"], (await Reviews.ListAsync(Thread, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task CompleteAsync_AClaimedReminder_IsGoneFromTheListAndNeverClaimedAgain()
    {
        var reminder = Reminder("r1", 1);
        await Reviews.TryAddAsync(reminder, 5, CancellationToken.None);
        await Reviews.ClaimDueAsync(reminder.DueAt, reminder.DueAt + Lease, 10, CancellationToken.None);

        await Reviews.CompleteAsync("r1", CancellationToken.None);
        var later = reminder.DueAt + (3 * Lease);

        Assert.Empty(await Reviews.ClaimDueAsync(later, later + Lease, 10, CancellationToken.None));
        Assert.Empty(await Reviews.ListAsync(Thread, CancellationToken.None));
        Assert.Equal(ReviewAdd.Added, await Reviews.TryAddAsync(Reminder("r9", 1), 1, CancellationToken.None));
    }

    /// <summary>A reminder of a sample recommendation, set at the stores' clock start, due <paramref name="months"/> later.</summary>
    internal static ReviewReminder Reminder(string id, int months, string conversation = Thread) => new()
    {
        Id = id,
        ConversationKey = conversation,
        Address = "{\"channel\":\"C1\",\"threadTs\":\"1700000000.000100\"}",
        Months = months,
        SetAt = TestClock.Start,
        DueAt = TestClock.Start.AddMonths(months),
        SetByName = "Ana",
        Baseline = ReviewBaseline.Of(SampleRecommendations.Create("rec" + id)),
        Constraints = new ProjectConstraints { BudgetUsd = 40_000, DeadlineWeeks = 6 },
    };
}
