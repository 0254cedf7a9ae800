using ModelStrategy.Core.ChannelSupport.Inbox;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IInbox"/> must do, run against each provider by a subclass.</summary>
public abstract class InboxContract(StoreProvider provider) : StoreContract(provider)
{
    private const string A = "instance-a";
    private const string B = "instance-b";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IInbox Inbox => Scope.Inbox;

    [Fact]
    public async Task TryAddAsync_NewKeyThenSameKey_OnlyTheFirstIsAdded()
    {
        // Act
        var first = await Inbox.TryAddAsync("slack:event:Ev1", "events", "{\"a\":1}", A, Now + Lease, CancellationToken.None);
        var repeat = await Inbox.TryAddAsync("slack:event:Ev1", "events", "{\"a\":2}", A, Now + Lease, CancellationToken.None);

        // Assert
        Assert.Equal((true, false, 1L), (first, repeat, await Inbox.CountAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task LeaseAsync_WhileTheAddersLeaseHolds_HandsOutNothing()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p1", A, Now + Lease, CancellationToken.None);

        // Act
        var early = await Inbox.LeaseAsync(B, Now + Lease - TimeSpan.FromMilliseconds(1), Now + (2 * Lease), 10, CancellationToken.None);

        // Assert
        Assert.Empty(early);
    }

    [Fact]
    public async Task LeaseAsync_AfterTheLeaseEnds_ReturnsTheItemWithPayloadProgressAndAttemptsOnce()
    {
        // Arrange: an instance added the item, recorded progress and died
        await Inbox.TryAddAsync("k1", "events", "{\"body\":\"é ✓\"}", A, Now + Lease, CancellationToken.None);
        await Inbox.SaveProgressAsync("k1", "{\"sent\":1}", CancellationToken.None);
        var later = Now + Lease;

        // Act
        var leased = await Inbox.LeaseAsync(B, later, later + Lease, 10, CancellationToken.None);
        var again = await Inbox.LeaseAsync(B, later, later + Lease, 10, CancellationToken.None);

        // Assert
        var item = Assert.Single(leased);
        Assert.Equal(new InboxItem("k1", "events", "{\"body\":\"é ✓\"}", "{\"sent\":1}", 2), item);
        Assert.Empty(again);
    }

    [Fact]
    public async Task LeaseAsync_ItemWithoutProgress_HasNullProgress()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "commands", "p", A, Now, CancellationToken.None);

        // Act
        var leased = await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Null(Assert.Single(leased).Progress);
    }

    [Fact]
    public async Task LeaseAsync_SeveralDue_RespectsMaxAndGivesEachOnlyOnce()
    {
        // Arrange
        for (var i = 0; i < 5; i++)
        {
            await Inbox.TryAddAsync($"k{i}", "events", $"p{i}", A, Now.AddSeconds(i), CancellationToken.None);
        }

        var later = Now.AddMinutes(1);

        // Act
        var first = await Inbox.LeaseAsync(B, later, later + Lease, 3, CancellationToken.None);
        var second = await Inbox.LeaseAsync(B, later, later + Lease, 3, CancellationToken.None);

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
            await Inbox.TryAddAsync($"k{i}", "events", "p", A, Now, CancellationToken.None);
        }

        // Act
        var leases = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Inbox.LeaseAsync(B, Now, Now + Lease, 4, CancellationToken.None))));

        // Assert
        var keys = leases.SelectMany(l => l).Select(i => i.Key).ToList();
        Assert.Equal(20, keys.Count);
        Assert.Equal(20, keys.Distinct().Count());
    }

    [Fact]
    public async Task ReleaseAsync_LeasedItem_IsLeasableAtOnce()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p", A, Now + Lease, CancellationToken.None);

        // Act
        await Inbox.ReleaseAsync("k1", A, Now, CancellationToken.None);
        var leased = await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Equal("k1", Assert.Single(leased).Key);
    }

    [Fact]
    public async Task CompleteAsync_Item_IsGoneAndNeverLeased()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "p", A, Now, CancellationToken.None);
        await Inbox.TryAddAsync("k2", "events", "p", A, Now, CancellationToken.None);

        // Act
        await Inbox.CompleteAsync("k1", CancellationToken.None);
        await Inbox.SaveProgressAsync("k1", "late", CancellationToken.None);
        var leased = await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Equal(("k2", 1L), (Assert.Single(leased).Key, await Inbox.CountAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Items_AfterARestart_AreStillThere()
    {
        // Arrange
        await Inbox.TryAddAsync("k1", "events", "payload", A, Now + Lease, CancellationToken.None);

        // Act: new store instances over the same data, as after the process died
        await using var restarted = Provider.Open();
        var leased = await restarted.Inbox.LeaseAsync(B, Now + Lease, Now + (2 * Lease), 10, CancellationToken.None);

        // Assert
        Assert.Equal("payload", Assert.Single(leased).Payload);
    }

    [Fact]
    public async Task RenewAsync_ByTheHolder_MovesTheLeaseEnd_SoNobodyElseLeasesTheItemMeanwhile()
    {
        // Arrange: A holds k1 and k2 on short leases; B holds k3
        var shortLease = TimeSpan.FromSeconds(6);
        await Inbox.TryAddAsync("k1", "events", "p", A, Now + shortLease, CancellationToken.None);
        await Inbox.TryAddAsync("k2", "events", "p", A, Now + shortLease, CancellationToken.None);
        await Inbox.TryAddAsync("k3", "events", "p", B, Now + shortLease, CancellationToken.None);

        // Act: A renews k1, B's k3 and a key nobody stored
        var renewed = await Inbox.RenewAsync(A, ["k1", "k3", "gone"], Now + Lease, CancellationToken.None);
        var due = await Inbox.LeaseAsync(B, Now + shortLease, Now + (2 * Lease), 10, CancellationToken.None);

        // Assert: only k1 was renewed; k2 and k3 ran out
        Assert.Equal(1, renewed);
        Assert.Equal(["k2", "k3"], due.Select(i => i.Key).Order());
    }

    [Fact]
    public async Task RenewAsync_AfterAnotherInstanceTookTheItemOver_LeavesTheNewLeaseAlone()
    {
        // Arrange: A's lease ran out and B took the item over
        await Inbox.TryAddAsync("k1", "events", "p", A, Now, CancellationToken.None);
        Assert.Single(await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None));

        // Act
        var renewed = await Inbox.RenewAsync(A, ["k1"], Now + (3 * Lease), CancellationToken.None);
        var atTheEndOfBsLease = await Inbox.LeaseAsync(A, Now + Lease, Now + (2 * Lease), 10, CancellationToken.None);

        // Assert
        Assert.Equal(0, renewed);
        Assert.Equal("k1", Assert.Single(atTheEndOfBsLease).Key);
    }

    [Fact]
    public async Task ReleaseAsync_ByAnInstanceThatNoLongerHoldsTheItem_LeavesTheNewOwnersLease()
    {
        // Arrange: A's lease ran out and B took the item over
        await Inbox.TryAddAsync("k1", "events", "p", A, Now, CancellationToken.None);
        Assert.Single(await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None));

        // Act: A, late, gives the item back
        await Inbox.ReleaseAsync("k1", A, Now, CancellationToken.None);
        var whileBHoldsIt = await Inbox.LeaseAsync(A, Now + TimeSpan.FromSeconds(1), Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Empty(whileBHoldsIt);
    }

    [Fact]
    public async Task OwnersAsync_NamesEachOwnerOfARunningLeaseOnce()
    {
        // Arrange: A holds two items, B one; C's lease ran out; D released its item
        await Inbox.TryAddAsync("k1", "events", "p", A, Now + Lease, CancellationToken.None);
        await Inbox.TryAddAsync("k2", "events", "p", A, Now + Lease, CancellationToken.None);
        await Inbox.TryAddAsync("k3", "events", "p", B, Now + Lease, CancellationToken.None);
        await Inbox.TryAddAsync("k4", "events", "p", "instance-c", Now, CancellationToken.None);
        await Inbox.TryAddAsync("k5", "events", "p", "instance-d", Now + Lease, CancellationToken.None);
        await Inbox.ReleaseAsync("k5", "instance-d", Now, CancellationToken.None);

        // Act
        var owners = await Inbox.OwnersAsync(Now, CancellationToken.None);

        // Assert
        Assert.Equal([A, B], owners.Order());
    }

    [Fact]
    public async Task ReleaseOwnerAsync_EndsEveryLeaseOfThatOwnerOnly_AndTheItemsKeepTheirProgress()
    {
        // Arrange: A (ended) holds k1, with progress, and k2; B holds k3
        await Inbox.TryAddAsync("k1", "events", "p1", A, Now + Lease, CancellationToken.None);
        await Inbox.SaveProgressAsync("k1", "{\"sent\":1}", CancellationToken.None);
        await Inbox.TryAddAsync("k2", "events", "p2", A, Now + Lease, CancellationToken.None);
        await Inbox.TryAddAsync("k3", "events", "p3", B, Now + Lease, CancellationToken.None);

        // Act
        var released = await Inbox.ReleaseOwnerAsync(A, Now, CancellationToken.None);
        var due = await Inbox.LeaseAsync(B, Now, Now + Lease, 10, CancellationToken.None);

        // Assert
        Assert.Equal(2, released);
        Assert.Equal([("k1", "{\"sent\":1}"), ("k2", null)], due.Select(i => (i.Key, i.Progress)).OrderBy(i => i.Key));
        Assert.Equal([B], await Inbox.OwnersAsync(Now, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task TryAddAsync_EmptyKey_Throws(string? key) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Inbox.TryAddAsync(key!, "events", "p", A, Now, CancellationToken.None));

    [Fact]
    public async Task TryAddAsync_KeyTooLong_Throws() =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Inbox.TryAddAsync(new string('k', IInbox.MaxKeyLength + 1), "events", "p", A, Now, CancellationToken.None));
}
