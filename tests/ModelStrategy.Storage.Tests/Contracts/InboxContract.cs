using ModelStrategy.Core.Inbox;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IInbox"/> must do, run against each provider by a subclass.</summary>
public abstract class InboxContract(StoreProvider provider) : StoreContract(provider)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IInbox Inbox => Scope.Inbox;

    [Fact]
    public async Task TryAddAsync_NewKeyThenSameKey_OnlyTheFirstIsAdded()
    {
        // Act
        var first = await Inbox.TryAddAsync("slack:event:Ev1", "events", "{\"a\":1}", Now + Lease, CancellationToken.None);
        var repeat = await Inbox.TryAddAsync("slack:event:Ev1", "events", "{\"a\":2}", Now + Lease, CancellationToken.None);

        // Assert
        Assert.Equal((true, false, 1L), (first, repeat, await Inbox.CountAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task LeaseAsync_WhileTheAddersLeaseHolds_HandsOutNothing()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p1", Now + Lease, CancellationToken.None);

        // Act
        var early = await Inbox.LeaseAsync(Now + Lease - TimeSpan.FromMilliseconds(1), Now + (2 * Lease), 10, CancellationToken.None);

        // Assert
        Assert.Empty(early);
    }

    [Fact]
    public async Task LeaseAsync_AfterTheLeaseEnds_ReturnsTheItemWithPayloadProgressAndAttemptsOnce()
    {
        // Arrange: an instance added the item, recorded progress and died
        await Inbox.TryAddAsync("k1", "events", "{\"body\":\"é ✓\"}", Now + Lease, CancellationToken.None);
        await Inbox.SaveProgressAsync("k1", "{\"sent\":1}", CancellationToken.None);
        var later = Now + Lease;

        // Act
        var leased = await Inbox.LeaseAsync(later, later + Lease, 10, CancellationToken.None);
        var again = await Inbox.LeaseAsync(later, later + Lease, 10, CancellationToken.None);

        // Assert
        var item = Assert.Single(leased);
        Assert.Equal(new InboxItem("k1", "events", "{\"body\":\"é ✓\"}", "{\"sent\":1}", 2), item);
        Assert.Empty(again);
    }

    [Fact]
    public async Task LeaseAsync_ItemWithoutProgress_HasNullProgress()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "commands", "p", Now, CancellationToken.None);

        // Act
        var leased = await Inbox.LeaseAsync(Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Null(Assert.Single(leased).Progress);
    }

    [Fact]
    public async Task LeaseAsync_SeveralDue_RespectsMaxAndGivesEachOnlyOnce()
    {
        // Arrange
        for (var i = 0; i < 5; i++)
        {
            await Inbox.TryAddAsync($"k{i}", "events", $"p{i}", Now.AddSeconds(i), CancellationToken.None);
        }

        var later = Now.AddMinutes(1);

        // Act
        var first = await Inbox.LeaseAsync(later, later + Lease, 3, CancellationToken.None);
        var second = await Inbox.LeaseAsync(later, later + Lease, 3, CancellationToken.None);

        // Assert: oldest lease end first, nothing handed out twice
        Assert.Equal(["k0", "k1", "k2"], first.Select(i => i.Key));
        Assert.Equal(["k3", "k4"], second.Select(i => i.Key));
    }

    [Fact]
    public async Task LeaseAsync_ConcurrentCallers_NeverShareAnItem()
    {
        // Arrange
        for (var i = 0; i < 20; i++)
        {
            await Inbox.TryAddAsync($"k{i}", "events", "p", Now, CancellationToken.None);
        }

        // Act
        var leases = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Inbox.LeaseAsync(Now, Now + Lease, 4, CancellationToken.None))));

        // Assert
        var keys = leases.SelectMany(l => l).Select(i => i.Key).ToList();
        Assert.Equal(20, keys.Count);
        Assert.Equal(20, keys.Distinct().Count());
    }

    [Fact]
    public async Task ReleaseAsync_LeasedItem_IsLeasableAtOnce()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p", Now + Lease, CancellationToken.None);

        // Act
        await Inbox.ReleaseAsync("k1", Now, CancellationToken.None);
        var leased = await Inbox.LeaseAsync(Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Equal("k1", Assert.Single(leased).Key);
    }

    [Fact]
    public async Task CompleteAsync_Item_IsGoneAndNeverLeased()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p", Now, CancellationToken.None);
        await Inbox.TryAddAsync("k2", "events", "p", Now, CancellationToken.None);

        // Act
        await Inbox.CompleteAsync("k1", CancellationToken.None);
        await Inbox.SaveProgressAsync("k1", "late", CancellationToken.None);
        var leased = await Inbox.LeaseAsync(Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Equal(("k2", 1L), (Assert.Single(leased).Key, await Inbox.CountAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Items_AfterARestart_AreStillThere()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "payload", Now + Lease, CancellationToken.None);

        // Act: new store instances over the same data, as after the process died
        await using var restarted = Provider.Open();
        var leased = await restarted.Inbox.LeaseAsync(Now + Lease, Now + (2 * Lease), 10, CancellationToken.None);

        // Assert
        Assert.Equal("payload", Assert.Single(leased).Payload);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task TryAddAsync_EmptyKey_Throws(string? key) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Inbox.TryAddAsync(key!, "events", "p", Now, CancellationToken.None));

    [Fact]
    public async Task TryAddAsync_KeyTooLong_Throws() =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Inbox.TryAddAsync(new string('k', IInbox.MaxKeyLength + 1), "events", "p", Now, CancellationToken.None));
}
