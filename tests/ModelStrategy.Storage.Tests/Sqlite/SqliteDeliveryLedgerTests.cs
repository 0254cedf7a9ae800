using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Storage.DependencyInjection;
using ModelStrategy.Storage.Sqlite;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Sqlite;

public sealed class SqliteDeliveryLedgerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task TryRecordAsync_NewKeyThenRepeat_FirstWinsRepeatLoses()
    {
        // Arrange
        var ledger = new SqliteDeliveryLedger(_db.Writer);

        // Act
        var first = await ledger.TryRecordAsync("slack:event:Ev1", Now, Hour, CancellationToken.None);
        var repeat = await ledger.TryRecordAsync("slack:event:Ev1", Now.AddMinutes(5), Hour, CancellationToken.None);
        var other = await ledger.TryRecordAsync("slack:event:Ev2", Now.AddMinutes(5), Hour, CancellationToken.None);

        // Assert
        Assert.True(first);
        Assert.False(repeat);
        Assert.True(other);
    }

    [Fact]
    public async Task TryRecordAsync_AfterRetention_CountsAsNewAgain()
    {
        // Arrange
        var ledger = new SqliteDeliveryLedger(_db.Writer);
        await ledger.TryRecordAsync("k", Now, Hour, CancellationToken.None);

        // Act
        var justBefore = await ledger.TryRecordAsync("k", Now + Hour - TimeSpan.FromMilliseconds(1), Hour, CancellationToken.None);
        var after = await ledger.TryRecordAsync("k", Now + Hour, Hour, CancellationToken.None);
        var repeatOfRenewed = await ledger.TryRecordAsync("k", Now + Hour + TimeSpan.FromMinutes(30), Hour, CancellationToken.None);

        // Assert
        Assert.False(justBefore);
        Assert.True(after);
        Assert.False(repeatOfRenewed);
    }

    [Fact]
    public async Task ForgetAsync_RecordedKey_NextClaimWins()
    {
        // Arrange
        var ledger = new SqliteDeliveryLedger(_db.Writer);
        await ledger.TryRecordAsync("k", Now, Hour, CancellationToken.None);

        // Act
        await ledger.ForgetAsync("k", CancellationToken.None);
        var again = await ledger.TryRecordAsync("k", Now, Hour, CancellationToken.None);

        // Assert
        Assert.True(again);
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentClaimsFromTwoInstances_ExactlyOneWinsPerKey()
    {
        // Arrange: two "bot instances", each with its own database object (and write gate) over the same file.
        using var second = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = _db.FilePath }));
        await using var secondWriter = new SqliteWriter(second);
        var ledgers = new[] { new SqliteDeliveryLedger(_db.Writer), new SqliteDeliveryLedger(secondWriter) };
        await ledgers[0].TryRecordAsync("warm-up", Now, Hour, CancellationToken.None);
        var keys = Enumerable.Range(0, 20).Select(i => $"slack:event:Ev{i}").ToArray();

        // Act
        var claims = await Task.WhenAll(keys.SelectMany(key => Enumerable.Range(0, 6).Select(i =>
            Task.Run(async () => (Key: key, Won: await ledgers[i % 2].TryRecordAsync(key, Now, Hour, CancellationToken.None))))));

        // Assert
        Assert.All(claims.GroupBy(c => c.Key), group => Assert.Single(group, c => c.Won));
    }

    [Fact]
    public async Task TryRecordAsync_KeyRecordedBeforeRestart_StillARepeat()
    {
        // Arrange
        await new SqliteDeliveryLedger(_db.Writer).TryRecordAsync("k", Now, Hour, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        using var restarted = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = _db.FilePath }));
        await using var restartedWriter = new SqliteWriter(restarted);

        // Act
        var again = await new SqliteDeliveryLedger(restartedWriter).TryRecordAsync("k", Now.AddMinutes(1), Hour, CancellationToken.None);

        // Assert
        Assert.False(again);
    }

    [Fact]
    public async Task PurgeExpiredAsync_DeletesOnlyExpiredRows()
    {
        // Arrange
        var ledger = new SqliteDeliveryLedger(_db.Writer);
        await ledger.TryRecordAsync("short", Now, TimeSpan.FromMinutes(10), CancellationToken.None);
        await ledger.TryRecordAsync("long", Now, TimeSpan.FromDays(1), CancellationToken.None);

        // Act
        var purged = await ledger.PurgeExpiredAsync(Now.AddMinutes(10), CancellationToken.None);

        // Assert
        Assert.Equal(1, purged);
        Assert.Equal(["long"], await KeysAsync());
    }

    [Fact]
    public async Task TryRecordAsync_AfterPurgeInterval_PurgesExpiredRowsOnTheWay()
    {
        // Arrange
        var ledger = new SqliteDeliveryLedger(_db.Writer);
        await ledger.TryRecordAsync("old", Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        await ledger.TryRecordAsync("kept", Now, TimeSpan.FromDays(1), CancellationToken.None);

        // Act
        await ledger.TryRecordAsync("soon", Now.AddMinutes(2), Hour, CancellationToken.None);
        var beforeInterval = await KeysAsync();
        await ledger.TryRecordAsync("later", Now + SqliteDeliveryLedger.PurgeInterval, Hour, CancellationToken.None);

        // Assert
        Assert.Equal(["kept", "old", "soon"], beforeInterval);
        Assert.Equal(["kept", "later", "soon"], await KeysAsync());
    }

    [Theory]
    [InlineData("", 60)]
    [InlineData("k", 0)]
    [InlineData("k", -1)]
    public async Task TryRecordAsync_BadArguments_Throw(string key, int retentionSeconds)
    {
        var ledger = new SqliteDeliveryLedger(_db.Writer);

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            ledger.TryRecordAsync(key, Now, TimeSpan.FromSeconds(retentionSeconds), CancellationToken.None));
    }

    [Fact]
    public async Task TryRecordAsync_KeyTooLong_Throws()
    {
        var ledger = new SqliteDeliveryLedger(_db.Writer);

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            ledger.TryRecordAsync(new string('k', IDeliveryLedger.MaxKeyLength + 1), Now, Hour, CancellationToken.None));
    }

    [Fact]
    public void AddModelStrategyStorage_RegistersTheSqliteLedger()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = _db.FilePath }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddModelStrategyStorage().BuildServiceProvider();

        Assert.IsType<SqliteDeliveryLedger>(provider.GetRequiredService<IDeliveryLedger>());
    }

    public void Dispose() => _db.Dispose();

    private async Task<string[]> KeysAsync()
    {
        var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = "SELECT delivery_key FROM deliveries ORDER BY delivery_key;";
            var keys = new List<string>();
            var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }

            return [.. keys];
        }
    }
}
