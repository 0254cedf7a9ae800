using System.Net;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Tests.Cards;

namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>
/// The message extension through the real host, with invokes as Teams sends them (<see cref="TeamsExtensionPayloads"/>):
/// triage on a message (fetchTask, submitAction), link unfurling (queryLink) and the recent recommendations search
/// (query). Every card is checked against the Adaptive Card schema cut to 1.3, the version link unfurling takes.
/// </summary>
[Trait("Category", "E2E")]
public sealed class TeamsMessageExtensionEndToEndTests : IClassFixture<TeamsBotFactory>
{
    private const string QuickText = "We want to launch in 6 weeks.\nWe have 300 labeled tickets & the data has customer PII.\nBudget 40k.";
    private readonly TeamsBotFactory _factory;

    public TeamsMessageExtensionEndToEndTests(TeamsBotFactory factory)
    {
        _factory = factory;
        _factory.RemoteIp = IPAddress.Loopback;
    }

    [Fact]
    public async Task TriageMessage_DialogWithTheMessagesPlainText_ThenTheCompactCardForTheAskersComposeBoxOnly()
    {
        var tenant = Tenant("a1");
        var posted = _factory.Connector.Calls.Count;

        var fetch = await InvokeAsync(TeamsExtensionPayloads.FetchTask("f-1", tenant));
        var dialog = fetch["task"]!;
        var input = Assert.Single(Cards.OfType(dialog["value"]!["card"]!["content"]!, "Input.Text"));
        var submit = await InvokeAsync(TeamsExtensionPayloads.SubmitAction("s-1", tenant, (string)input["value"]!));

        Assert.Equal("continue", (string?)dialog["type"]);
        Assert.Equal(QuickText, (string?)input["value"]);
        Assert.Empty(AdaptiveCardSchema.Errors(dialog["value"]!["card"]!["content"]!.AsObject(), "1.3"));
        var (card, preview) = SingleResult(submit);
        Assert.Equal("Retrieval-augmented generation (RAG)", (string?)preview["title"]);
        Assert.Equal("Retrieval-augmented generation (RAG)", Cards.Texts(card).First());
        Assert.Contains(Cards.Texts(card), t => t.Contains("Budget", StringComparison.Ordinal) || t.Contains("budget", StringComparison.Ordinal));
        Assert.Equal(_factory.Connector.Calls.Count, posted);
    }

    [Fact]
    public async Task TriageMessage_NoTextLeft_ANoteInsteadOfACard()
    {
        var response = await InvokeAsync(TeamsExtensionPayloads.SubmitAction("s-empty", Tenant("a2"), "   ", html: "<p><img src=\"x.png\"></p>"));

        Assert.Equal("message", (string?)response["task"]!["type"]);
        Assert.Contains("no text to triage", (string?)response["task"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unfurl_ReportLinkInItsOwnTenant_TheCompactCard_ElsewhereNothingThatTellsItExists()
    {
        var tenant = Tenant("b1");
        var link = await MakeRecommendationAsync(tenant, "u-1");

        var own = await InvokeAsync(TeamsExtensionPayloads.QueryLink("q-own", tenant, link));
        var markdown = await InvokeAsync(TeamsExtensionPayloads.QueryLink("q-md", tenant, new Uri(link).GetLeftPart(UriPartial.Path) + ".md" + new Uri(link).Query));
        var other = await RawAsync(TeamsExtensionPayloads.QueryLink("q-other", Tenant("b2"), link));
        var unknown = await RawAsync(TeamsExtensionPayloads.QueryLink("q-unknown", tenant, link[..link.LastIndexOf('/')] + "/abcdefghjkmn"));
        var elsewhere = await RawAsync(TeamsExtensionPayloads.QueryLink("q-host", tenant, "https://evil.example" + new Uri(link).PathAndQuery));
        var anonymous = await RawAsync(TeamsExtensionPayloads.QueryLink("q-anon", tenant, link, anonymous: true));

        var (card, _) = SingleResult(own);
        Assert.Equal("1.3", (string?)card["version"]);
        Assert.Equal(new Uri(link).AbsolutePath, new Uri((string)Assert.Single(Cards.OfType(card, "Action.OpenUrl"))["url"]!).AbsolutePath);
        Assert.Equal(Cards.Texts(card).First(), Cards.Texts(SingleResult(markdown).Card).First());
        Assert.All(new[] { other, unknown, elsewhere, anonymous }, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(new[] { unknown, elsewhere, anonymous }, r => Assert.Equal(other.Body, r.Body));
        Assert.Empty(JsonNode.Parse(other.Body)!["composeExtension"]!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task Search_RecentRecommendationsOfTheTenant_NewestFirstFilteredByTheSearchText()
    {
        var tenant = Tenant("c1");
        var first = await MakeRecommendationAsync(tenant, "r-1");
        var second = await MakeRecommendationAsync(tenant, "r-2", "quick: summarise contracts, budget 5k, launch in 2 weeks");
        await MakeRecommendationAsync(Tenant("c2"), "r-3");

        var initial = await InvokeAsync(TeamsExtensionPayloads.Query("se-1", tenant, null));
        var rag = await InvokeAsync(TeamsExtensionPayloads.Query("se-2", tenant, "contracts"));
        var none = await InvokeAsync(TeamsExtensionPayloads.Query("se-3", tenant, "no such words"));
        var empty = await InvokeAsync(TeamsExtensionPayloads.Query("se-4", Tenant("c3"), null));

        var links = Results(initial).Select(r => (string)Assert.Single(Cards.OfType(r.Card, "Action.OpenUrl"))["url"]!).ToList();
        Assert.Equal([second, first], links);
        Assert.All(Results(initial), r => Assert.Empty(AdaptiveCardSchema.Errors(r.Card, "1.3")));
        Assert.Equal([second], Results(rag).Select(r => (string)Cards.OfType(r.Card, "Action.OpenUrl").Single()["url"]!));
        Assert.Empty(Results(none));
        Assert.Equal("message", (string?)empty["composeExtension"]!["type"]);
    }

    /// <summary>Triage on a message in <paramref name="tenant"/>; the report link of the card it made.</summary>
    private async Task<string> MakeRecommendationAsync(string tenant, string id, string text = QuickText)
    {
        var (card, _) = SingleResult(await InvokeAsync(TeamsExtensionPayloads.SubmitAction(id, tenant, text)));
        return (string)Assert.Single(Cards.OfType(card, "Action.OpenUrl"))["url"]!;
    }

    private static List<(JsonObject Card, JsonObject Preview)> Results(JsonNode response)
    {
        var extension = response["composeExtension"]!;
        Assert.Equal(("result", "list"), ((string?)extension["type"], (string?)extension["attachmentLayout"]));
        return [.. extension["attachments"]!.AsArray().Select(a =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a!["contentType"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a["preview"]!["contentType"]);
            return (a["content"]!.AsObject(), a["preview"]!["content"]!.AsObject());
        })];
    }

    private static (JsonObject Card, JsonObject Preview) SingleResult(JsonNode response)
    {
        var result = Assert.Single(Results(response));
        Assert.Empty(AdaptiveCardSchema.Errors(result.Card, "1.3"));
        return result;
    }

    private async Task<JsonNode> InvokeAsync(string json)
    {
        var response = await RawAsync(json);
        Assert.True(response.Status == HttpStatusCode.OK, $"{response.Status}: {response.Body}");
        return JsonNode.Parse(response.Body)!;
    }

    private Task<TeamsResponse> RawAsync(string json) => _factory.PostAsync(json);

    private static string Tenant(string suffix) => "7e1d2c3b-4a59-4e6f-8a7b-0000000000" + suffix;

    /// <summary>Walks a card's JSON as the schema checks do.</summary>
    private static class Cards
    {
        public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
        {
            JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
            JsonArray array => array.SelectMany(Objects),
            _ => [],
        };

        public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => Objects(card).Where(o => o["type"] is JsonValue v && (string?)v == type);

        public static IEnumerable<string> Texts(JsonNode card) => OfType(card, "TextBlock").Select(t => (string)t["text"]!);
    }
}
