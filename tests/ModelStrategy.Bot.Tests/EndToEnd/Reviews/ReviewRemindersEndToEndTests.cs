using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Bot.Tests.Pricing;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;
using static ModelStrategy.Bot.Tests.EndToEnd.Reviews.TeamsReviewDriver;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reviews;

/// <summary>
/// Review reminders through the real host on a fake clock: set from a Teams result, posted once when due as a
/// proactive message in the same chat, posted once by two hosts on one SQLite file, kept across a restart, never posted
/// once cancelled.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ReviewRemindersEndToEndTests : IDisposable
{
    private static readonly string ConversationPath = "/v3/conversations/" + Uri.EscapeDataString("a:personal-1") + "/activities";
    private readonly PriceFiles.TempFolder _folder = new();

    [Fact]
    public async Task DueReview_IsPostedOnceToTheChatWithWhatChanged_AndNotBefore()
    {
        using var host = new ReviewBotFactory();
        var id = await SetReviewAsync(host, months: 3);
        var set = host.Connector.Calls.Count;
        var due = ReviewBotFactory.Start.AddMonths(3);

        host.Clock.Advance(due - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var early = await host.Runner.RunDueAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await UntilAsync(async () => (await host.Reminders.ListAsync(ReviewBotFactory.Conversation, CancellationToken.None)).Count == 0, "the review to be posted");
        var again = await host.Runner.RunDueAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.Empty(again);
        var post = Assert.Single(host.Connector.Calls.Skip(set));
        Assert.Equal((HttpMethod.Post, TeamsPayloads.ServiceUrl + ConversationPath), (post.Method, post.Uri));
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(post.Body)!["replyToId"]);
        var texts = Texts(Card(post.Body));
        Assert.Equal("Review: 3 months on", texts[0]);
        Assert.Contains(texts, t => t.StartsWith("Alex Wilber asked on 2 Mar 2026 to look at this again.", StringComparison.Ordinal));
        Assert.Contains("Nothing that matters moved: the same path, and the cost and time to launch are in the same ranges.", texts);
        Assert.Contains("Path: Retrieval-augmented generation (RAG) (as before)", texts);
        Assert.Contains(texts, t => t.StartsWith("• Did you try a baseline", StringComparison.Ordinal));
        Assert.NotEqual(id, Values(Card(post.Body)).Select(v => (string?)v["recommendationId"]).First(v => v is not null));
    }

    [Fact]
    public async Task DueReview_AfterThePricesChanged_ShowsTheNewBookThePricesAndTheCostThenAndNow()
    {
        var file = _folder.Write("prices.yaml", PriceFiles.BuiltInYaml);
        using var host = new ReviewBotFactory(settings: new Dictionary<string, string> { ["Pricing:File"] = file });
        await SetReviewAsync(host, months: 1);
        var before = BuiltInCost();
        File.WriteAllText(file, PriceFiles.RegionalLabour(engineer: 9000, researcher: 14000));
        Assert.Equal(PriceReload.Loaded, host.Services.GetRequiredService<PriceFileSource>().Reload());
        var after = PriceImpact.Outcome(QuickConstraints(), host.Services.GetRequiredService<PriceFileSource>().Current);
        var set = host.Connector.Calls.Count;

        host.Clock.Advance(ReviewBotFactory.Start.AddMonths(1) - host.Clock.GetUtcNow());
        await UntilAsync(async () => (await host.Reminders.ListAsync(ReviewBotFactory.Conversation, CancellationToken.None)).Count == 0, "the review to be posted");

        var texts = Texts(Card(Assert.Single(host.Connector.Calls.Skip(set)).Body));
        Assert.Equal("Review: 1 month on", texts[0]);
        Assert.Contains("• Loaded cost per engineer-week (Zurich): 4,000 → 9,000 USD/FTE-week (our finance team, 2027 budget, as of 2026-12)", texts);
        Assert.Equal(after.Path != PathId.Rag, texts.Contains($"Path: Retrieval-augmented generation (RAG) → {after.PathName}"));
        Assert.Contains("Prices: book 2026-11 (as of 2026-11-22) then, book 2026-12-zurich (as of 2026-12-01) now", texts);
        var cost = texts.Single(t => t.StartsWith("12-month cost: ", StringComparison.Ordinal));
        Assert.Contains($"(most likely {Money(after.CostP50)})", cost, StringComparison.Ordinal);
        Assert.Equal(CostBands.Of(before) != after.CostBand, cost.Contains('→', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_SetBeforeARestart_IsPostedByTheNextProcessOnTheSameDatabase()
    {
        var sqlite = Path.Combine(_folder.Root, "modelstrategy.db");
        using (var first = new ReviewBotFactory(sqlitePath: sqlite))
        {
            await SetReviewAsync(first, months: 6);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var second = new ReviewBotFactory(sqlitePath: sqlite, now: ReviewBotFactory.Start.AddMonths(6));
        await UntilAsync(async () => (await second.Reminders.ListAsync(ReviewBotFactory.Conversation, CancellationToken.None)).Count == 0
            && second.Connector.Calls.Count > 0, "the restarted host to post the review");

        var post = Assert.Single(second.Connector.Calls);
        Assert.EndsWith(ConversationPath, post.Uri, StringComparison.Ordinal);
        Assert.Equal("Review: 6 months on", Texts(Card(post.Body))[0]);
    }

    [Fact]
    public async Task DueReview_TwoInstancesOnOneSqliteFile_IsPostedExactlyOnce()
    {
        var sqlite = Path.Combine(_folder.Root, "shared.db");
        using var first = new ReviewBotFactory(sqlitePath: sqlite);
        using var second = new ReviewBotFactory(sqlitePath: sqlite);
        await ReviewRemindersScaleOutTests.AssertPostedOnceAsync(first, second);
    }

    [Fact]
    public async Task CancelledReview_IsListedUntilCancelled_AndNeverPosted()
    {
        using var host = new ReviewBotFactory();
        await SetReviewAsync(host, months: 12);
        await PostAsync(host, TeamsPayloads.Message("list-1", "reminders"));
        var listed = LastCard(host);
        Assert.StartsWith("Reviews set here (1):", Texts(listed)[0], StringComparison.Ordinal);
        var cancel = Values(listed).Single(v => (string?)v["msAction"] == "cancelreview");

        await PostAsync(host, TeamsPayloads.Invoke("cancel-1", "cancelreview", data: cancel.ToJsonString()));
        var cancelled = Texts(LastCard(host))[0];
        await PostAsync(host, TeamsPayloads.Message("list-2", "reminders"));
        var after = Texts(LastCard(host))[0];
        var set = host.Connector.Calls.Count;
        host.Clock.Advance(TimeSpan.FromDays(800));
        var runs = await host.Runner.RunDueAsync(CancellationToken.None);

        Assert.StartsWith("Cancelled the review due 2 Mar 2027 (Retrieval-augmented generation (RAG)).", cancelled, StringComparison.Ordinal);
        Assert.StartsWith("No reviews are set here.", after, StringComparison.Ordinal);
        Assert.Empty(runs);
        Assert.Equal(set, host.Connector.Calls.Count);
    }

    public void Dispose() => _folder.Dispose();

    private static Core.Constraints.ProjectConstraints QuickConstraints() =>
        Core.Triage.TriageParser.Parse(Quick, DateOnly.FromDateTime(ReviewBotFactory.Start.UtcDateTime)).Constraints;

    private static double BuiltInCost() => PriceImpact.Outcome(QuickConstraints(), PriceBook.BuiltIn).CostP50;

    private static string Money(double usd) => Core.Formatting.Display.Money(usd);
}
