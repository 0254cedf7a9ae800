using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRecommendationStore.RecentAsync"/> must do, run against each provider by a subclass.</summary>
public abstract class RecentRecommendationsContract(StoreProvider provider) : StoreContract(provider)
{
    private static readonly Audience Contoso = new(Audience.Entra, "72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static readonly Audience Fabrikam = new(Audience.Entra, "0d2b1a34-0000-4000-8000-0000000000ab");
    private static readonly Audience Workspace = new(Audience.Slack, "T0123ABC");

    private IRecommendationStore Store => Scope.Recommendations;

    [Fact]
    public async Task RecentAsync_OfAnAudience_NewestFirstAndOnlyItsOwn()
    {
        // Arrange: alternating owners, one minute apart, saved out of order.
        var saved = await SaveAsync(
            ("c1", Contoso, "ana", 1), ("f1", Fabrikam, "ana", 2), ("c2", Contoso, "ben", 3), ("s1", Workspace, "U1", 4), ("c3", Contoso, "ana", 5), ("n1", null, "ana", 6));

        // Act
        var contoso = await Store.RecentAsync(Contoso, null, 10, CancellationToken.None);
        var fabrikam = await Store.RecentAsync(Fabrikam, null, 10, CancellationToken.None);
        var workspace = await Store.RecentAsync(Workspace, null, 10, CancellationToken.None);

        // Assert
        Assert.Equal(["c3", "c2", "c1"], contoso.Select(r => r.Id));
        Assert.All(contoso, r => Assert.Equal(Contoso, r.Audience));
        Assert.Equal(["f1"], fabrikam.Select(r => r.Id));
        Assert.Equal(["s1"], workspace.Select(r => r.Id));
        Assert.Equal(saved["c3"].PathName, contoso[0].PathName);
    }

    [Fact]
    public async Task RecentAsync_OfAPerson_OnlyWhatTheyAskedForInThatAudience()
    {
        // Arrange
        await SaveAsync(("c1", Contoso, "ana", 1), ("c2", Contoso, "ben", 2), ("c3", Contoso, "ana", 3), ("f1", Fabrikam, "ana", 4));

        // Act
        var ana = await Store.RecentAsync(Contoso, "ana", 10, CancellationToken.None);
        var nobody = await Store.RecentAsync(Contoso, "cem", 10, CancellationToken.None);

        // Assert
        Assert.Equal(["c3", "c1"], ana.Select(r => r.Id));
        Assert.Empty(nobody);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(0, 1)]
    [InlineData(1000, 5)]
    public async Task RecentAsync_Count_AtMostThatManyAndAtLeastOne(int count, int expected)
    {
        // Arrange
        await SaveAsync([.. Enumerable.Range(1, 5).Select(i => ($"c{i}", (Audience?)Contoso, "ana", i))]);

        // Act
        var recent = await Store.RecentAsync(Contoso, null, count, CancellationToken.None);

        // Assert
        Assert.Equal(expected, recent.Count);
        Assert.Equal("c5", recent[0].Id);
    }

    [Fact]
    public async Task RecentAsync_SavedAgainForAnotherAudience_ListedOnlyThere()
    {
        // Arrange
        await SaveAsync(("moved", Contoso, "ana", 1));
        await SaveAsync(("moved", Fabrikam, "ana", 2));

        // Act / Assert
        Assert.Empty(await Store.RecentAsync(Contoso, null, 10, CancellationToken.None));
        Assert.Equal(["moved"], (await Store.RecentAsync(Fabrikam, null, 10, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task RecentAsync_PastTheirRetention_LeftOut()
    {
        // Arrange
        await Scope.DisposeAsync();
        var clock = new FakeTimeProvider(TestClock.Start);
        Scope = Provider.Open(clock, extra: new Dictionary<string, string?> { ["Storage:RecommendationRetention"] = TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture) });
        await Store.SaveAsync(SampleRecommendations.Create("older", createdAt: clock.GetUtcNow()) with { Audience = Contoso }, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(40));
        await Store.SaveAsync(SampleRecommendations.Create("newer", createdAt: clock.GetUtcNow()) with { Audience = Contoso }, CancellationToken.None);

        // Act
        clock.Advance(TimeSpan.FromMinutes(30));
        var recent = await Store.RecentAsync(Contoso, null, 10, CancellationToken.None);

        // Assert
        Assert.Equal(["newer"], recent.Select(r => r.Id));
    }

    [Fact]
    public async Task RecentAsync_RequesterNeverInTheJson()
    {
        // Arrange
        await SaveAsync(("c1", Contoso, "ana", 1));

        // Act
        var loaded = await Store.GetAsync("c1", CancellationToken.None);

        // Assert
        Assert.DoesNotContain("ana", System.Text.Json.JsonSerializer.Serialize(loaded, RecommendationJson.Options), StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, Recommendation>> SaveAsync(params (string Id, Audience? Audience, string User, int Minute)[] items)
    {
        var saved = new Dictionary<string, Recommendation>();
        foreach (var (id, audience, user, minute) in items.Reverse())
        {
            var recommendation = SampleRecommendations.Create(id, createdAt: SampleRecommendations.MadeAt + TimeSpan.FromMinutes(minute)) with
            {
                Audience = audience,
                RequestedBy = user,
            };
            await Store.SaveAsync(recommendation, CancellationToken.None);
            saved[id] = recommendation;
        }

        return saved;
    }
}
