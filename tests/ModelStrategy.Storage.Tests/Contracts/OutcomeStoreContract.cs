using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>What every <see cref="IOutcomeStore"/> must do, run against each provider by a subclass.</summary>
public abstract class OutcomeStoreContract(StoreProvider provider) : StoreContract(provider)
{
    private static readonly Audience Team = new(Audience.Slack, "T1");
    private static readonly Audience Other = new(Audience.Entra, "72f988bf-86f1-41af-91ab-2d7cd011db47");

    private IOutcomeStore Outcomes => Scope.Outcomes;

    [Fact]
    public async Task SaveChoiceThenActuals_AfterARestart_ReadsBackAsStored()
    {
        var choice = Choice(PathId.Peft, Now) with { ByName = "Ana \"quoted\" é ✓" };
        await Outcomes.SaveChoiceAsync("rec-1", Team, choice, CancellationToken.None);
        var saved = await Outcomes.SaveActualsAsync("rec-1", new OutcomeActuals(10.5, 40_000, "Bo", Now.AddDays(70)), CancellationToken.None);
        await Scope.DisposeAsync();

        Scope = Provider.Open();
        var outcome = await Outcomes.GetAsync("rec-1", CancellationToken.None);

        Assert.True(saved);
        Assert.NotNull(outcome);
        Assert.Equal(("rec-1", Team), (outcome.RecommendationId, outcome.Audience));
        Assert.Equal(choice, outcome.Choice);
        Assert.Equal(new OutcomeActuals(10.5, 40_000, "Bo", Now.AddDays(70)), outcome.Actuals);
        Assert.Null(await Outcomes.GetAsync("rec-unknown", CancellationToken.None));
    }

    [Fact]
    public async Task SaveActualsAsync_BeforeAnyChoice_StoresNothing()
    {
        var saved = await Outcomes.SaveActualsAsync("rec-1", new OutcomeActuals(4, 9_000, "Bo", Now), CancellationToken.None);

        Assert.False(saved);
        Assert.Null(await Outcomes.GetAsync("rec-1", CancellationToken.None));
        Assert.Empty(await Outcomes.ListAsync(Team, 10, CancellationToken.None));
    }

    [Fact]
    public async Task SaveChoiceAsync_Again_ReplacesTheChoice_KeepsTheActualsAndTheTeam()
    {
        await Outcomes.SaveChoiceAsync("rec-1", Team, Choice(PathId.Rag, Now), CancellationToken.None);
        await Outcomes.SaveActualsAsync("rec-1", new OutcomeActuals(8, 30_000, "Bo", Now.AddDays(1)), CancellationToken.None);

        await Outcomes.SaveChoiceAsync("rec-1", Other, Choice(PathId.Peft, Now.AddDays(2)), CancellationToken.None);
        var outcome = await Outcomes.GetAsync("rec-1", CancellationToken.None);

        Assert.Equal((PathId.Peft, 8.0, Team), (outcome!.Choice!.Path, outcome.Actuals!.Weeks, outcome.Audience));
        Assert.Single(await Outcomes.ListAsync(Team, 10, CancellationToken.None));
        Assert.Empty(await Outcomes.ListAsync(Other, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_OneTeamsOutcomes_NewestChoiceFirst_UpToMax_NeverAnotherTeamsOrNobodys()
    {
        await Outcomes.SaveChoiceAsync("rec-old", Team, Choice(PathId.Rag, Now), CancellationToken.None);
        await Outcomes.SaveChoiceAsync("rec-new", Team, Choice(PathId.Rag, Now.AddDays(3)), CancellationToken.None);
        await Outcomes.SaveChoiceAsync("rec-mid", Team, Choice(PathId.Prompting, Now.AddDays(1)), CancellationToken.None);
        await Outcomes.SaveChoiceAsync("rec-theirs", Other, Choice(PathId.Rag, Now.AddDays(2)), CancellationToken.None);
        await Outcomes.SaveChoiceAsync("rec-nobody", null, Choice(PathId.Rag, Now.AddDays(4)), CancellationToken.None);

        var all = await Outcomes.ListAsync(Team, 10, CancellationToken.None);
        var two = await Outcomes.ListAsync(Team, 2, CancellationToken.None);

        Assert.Equal(["rec-new", "rec-mid", "rec-old"], all.Select(o => o.RecommendationId));
        Assert.Equal(["rec-new", "rec-mid"], two.Select(o => o.RecommendationId));
        Assert.Equal(["rec-theirs"], (await Outcomes.ListAsync(Other, 10, CancellationToken.None)).Select(o => o.RecommendationId));
        Assert.Null((await Outcomes.GetAsync("rec-nobody", CancellationToken.None))!.Audience);
    }

    [Fact]
    public async Task ChoiceAndActualsWrittenAtOnce_ByTwoInstances_BothAreKept()
    {
        await Outcomes.SaveChoiceAsync("rec-1", Team, Choice(PathId.Rag, Now), CancellationToken.None);
        await using var other = Provider.Open();

        await Task.WhenAll(
            Outcomes.SaveChoiceAsync("rec-1", Team, Choice(PathId.Peft, Now.AddDays(1)), CancellationToken.None),
            other.Outcomes.SaveActualsAsync("rec-1", new OutcomeActuals(12, 50_000, "Bo", Now.AddDays(1)), CancellationToken.None),
            Outcomes.SaveChoiceAsync("rec-1", Team, Choice(PathId.Peft, Now.AddDays(1)), CancellationToken.None));
        var outcome = await other.Outcomes.GetAsync("rec-1", CancellationToken.None);

        Assert.Equal((PathId.Peft, 12.0, 50_000.0), (outcome!.Choice!.Path, outcome.Actuals!.Weeks, outcome.Actuals.CostUsd));
    }

    private static OutcomeChoice Choice(PathId path, DateTimeOffset at) => new(
        path, PathCatalog.Get(path).Name, PathId.Rag, PathCatalog.Get(PathId.Rag).Name, Now.AddDays(-1),
        path == PathId.Rag ? new OutcomeEstimate(4, 6, 9, 18_000, 26_000, 45_000) : new OutcomeEstimate(null, 8, null, null, 31_000, null),
        "2026-11", new DateOnly(2026, 11, 22), "Ana", at);
}
