using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IDeliveryLedger"/> must do, run against each provider by a subclass.</summary>
public abstract class DeliveryLedgerContract(StoreProvider provider) : StoreContract(provider)
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private IDeliveryLedger Ledger => Scope.Ledger;

    [Fact]
    public async Task TryRecordAsync_NewKeyThenRepeat_FirstWinsRepeatLoses()
    {
        // Act
        var first = await Ledger.TryRecordAsync("slack:event:Ev1", Now, Retention, CancellationToken.None);
        var repeat = await Ledger.TryRecordAsync("slack:event:Ev1", Now.AddMinutes(5), Retention, CancellationToken.None);
        var other = await Ledger.TryRecordAsync("slack:event:Ev2", Now, Retention, CancellationToken.None);

        // Assert
        Assert.Equal((true, false, true), (first, repeat, other));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public async Task TryRecordAsync_AroundTheEndOfRetention_IsNewOnlyOnceItHasPassed(int millisecondsPastRetention, bool expected)
    {
        // Arrange
        await Ledger.TryRecordAsync("slack:event:Ev-old", Now, Retention, CancellationToken.None);

        // Act
        var claimed = await Ledger.TryRecordAsync("slack:event:Ev-old", Now + Retention + TimeSpan.FromMilliseconds(millisecondsPastRetention), Retention, CancellationToken.None);

        // Assert
        Assert.Equal(expected, claimed);
    }

    [Fact]
    public async Task ForgetAsync_RecordedKey_NextClaimWins()
    {
        // Arrange
        await Ledger.TryRecordAsync("slack:event:Ev-forget", Now, Retention, CancellationToken.None);

        // Act
        await Ledger.ForgetAsync("slack:event:Ev-forget", CancellationToken.None);
        var claimed = await Ledger.TryRecordAsync("slack:event:Ev-forget", Now, Retention, CancellationToken.None);

        // Assert
        Assert.True(claimed);
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentClaimsFromTwoInstances_ExactlyOneWinsPerKey()
    {
        // Arrange
        await using var other = Provider.Open();
        var ledgers = new[] { Ledger, other.Ledger };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Enumerable.Range(0, 5).SelectMany(key => Enumerable.Range(0, 8).Select(i => (Key: $"slack:event:race-{key}", Task: Task.Run(async () =>
        {
            await start.Task;
            return await ledgers[i % 2].TryRecordAsync($"slack:event:race-{key}", Now, Retention, CancellationToken.None);
        })))).ToArray();

        // Act
        start.SetResult();
        await Task.WhenAll(claims.Select(c => c.Task));

        // Assert
        Assert.All(claims.GroupBy(c => c.Key), group => Assert.Single(group, c => c.Task.Result));
    }

    [Fact]
    public async Task TryRecordAsync_KeyRecordedBeforeARestart_IsStillARepeat()
    {
        // Arrange
        await Ledger.TryRecordAsync("teams:activity:a-1", Now, Retention, CancellationToken.None);
        await Scope.DisposeAsync();

        // Act
        Scope = Provider.Open();
        var claimed = await Ledger.TryRecordAsync("teams:activity:a-1", Now.AddMinutes(1), Retention, CancellationToken.None);

        // Assert
        Assert.False(claimed);
    }

    [Fact]
    public async Task TryRecordAsync_UnicodeAndLongestKeys_AreKeptApart()
    {
        // Arrange
        var longest = new string('k', IDeliveryLedger.MaxKeyLength);
        string[] keys = ["slack:event:café", "slack:event:cafe\u0301", "slack:event:🙂", longest, longest[..^1] + "j"];

        // Act
        var first = await Task.WhenAll(keys.Select(k => Ledger.TryRecordAsync(k, Now, Retention, CancellationToken.None)));
        var second = await Task.WhenAll(keys.Select(k => Ledger.TryRecordAsync(k, Now, Retention, CancellationToken.None)));

        // Assert
        Assert.All(first, Assert.True);
        Assert.All(second, Assert.False);
    }

    [Theory]
    [InlineData("", 60)]
    [InlineData("k", 0)]
    [InlineData("k", -1)]
    public async Task TryRecordAsync_BadArguments_Throw(string key, int retentionSeconds)
    {
        // Act / Assert
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Ledger.TryRecordAsync(key, Now, TimeSpan.FromSeconds(retentionSeconds), CancellationToken.None));
    }

    [Fact]
    public async Task TryRecordAsync_KeyTooLong_Throws()
    {
        // Act / Assert
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            Ledger.TryRecordAsync(new string('k', IDeliveryLedger.MaxKeyLength + 1), Now, Retention, CancellationToken.None));
    }
}
