using System.Net;
using System.Text.Json.Nodes;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Bot.Tests.EndToEnd.Reviews;

/// <summary>Sets review reminders in the personal chat as Teams would (a quick result, Review later, a period) and reads what the bot posted.</summary>
internal static class TeamsReviewDriver
{
    public const string Quick = "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    /// <summary>Sends the quick question, clicks Review later then "In N months"; returns the recommendation id.</summary>
    public static async Task<string> SetReviewAsync(ReviewBotFactory host, int months, string prefix = "r")
    {
        await PostAsync(host, TeamsPayloads.Message($"{prefix}-quick", Quick));
        var result = LastCard(host);
        var id = Values(result).Select(v => (string?)v["recommendationId"]).First(v => v is not null)!;
        await PostAsync(host, TeamsPayloads.Invoke($"{prefix}-later", CardActionNames.ReviewLater, data: $$"""{"recommendationId":"{{id}}"}"""));
        var offer = LastCard(host);
        var period = Values(offer).First(v => (string?)v["months"] == months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PostAsync(host, TeamsPayloads.Invoke($"{prefix}-set", CardActionNames.Review, data: period.ToJsonString()));
        Assert.Contains("Review set for", Texts(LastCard(host))[0], StringComparison.Ordinal);
        return id;
    }

    public static async Task PostAsync(ReviewBotFactory host, string activity)
    {
        var response = await host.PostAsync(activity);
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
    }

    /// <summary>The Adaptive Card the bot last sent through the connector.</summary>
    public static JsonObject LastCard(ReviewBotFactory host) => Card(host.Connector.Calls[^1].Body);

    public static JsonObject Card(string activity) => JsonNode.Parse(activity)!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>Every TextBlock text and fact ("title: value") of a card, in order.</summary>
    public static IReadOnlyList<string> Texts(JsonObject card) =>
        [.. Descendants(card).SelectMany(o => (string?)o["type"] switch
        {
            "TextBlock" => [(string)o["text"]!],
            "FactSet" => o["facts"]!.AsArray().Select(f => $"{(string?)f!["title"]}: {(string?)f["value"]}"),
            _ => Array.Empty<string>(),
        })];

    /// <summary>The data of every Action.Execute of a card.</summary>
    public static IEnumerable<JsonObject> Values(JsonObject card) =>
        Descendants(card).Where(o => (string?)o["type"] == "Action.Execute").Select(o => o["data"]!.AsObject());

    /// <summary>Waits until <paramref name="condition"/> holds (a hung host fails after a minute, naming <paramref name="what"/>).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!await condition())
        {
            await Task.Delay(20, CancellationToken.None);
            Assert.False(deadline.IsCancellationRequested, "waited a minute for " + what);
        }
    }

    /// <summary>Every object of a card, depth first, leaving out the fallbacks of actions.</summary>
    public static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Where(p => p.Key != "fallback").SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
