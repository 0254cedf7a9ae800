using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;

namespace ModelStrategy.Bot.Tests.EndToEnd.Redis;

/// <summary>
/// Walks a guided dialog through /api/messages as Teams would: "start" as a message, then each question answered by
/// clicking its first choice (an adaptiveCard/action invoke whose reply carries the next card), each turn on the host
/// <see cref="HostFor"/> picks. Records the "Step n of m" of every question it answered.
/// </summary>
internal sealed partial class TeamsDialogDriver(string conversation, Func<int, TeamsBotFactory> hostFor)
{
    private const int MaxTurns = 25;

    public Func<int, TeamsBotFactory> HostFor { get; } = hostFor;

    /// <summary>The step number of each question answered, in order.</summary>
    public List<int> Steps { get; } = [];

    /// <summary>Runs the whole dialog; returns the id of the recommendation it ends with.</summary>
    public async Task<string> RunAsync()
    {
        var opener = HostFor(0);
        var before = opener.Connector.Calls.Count;
        var started = await opener.PostAsync(TeamsPayloads.Message($"{conversation}-start", "start", conversation));
        Assert.Equal(HttpStatusCode.OK, started.Status);
        var card = JsonNode.Parse(Assert.Single(opener.Connector.Calls.Skip(before)).Body)!["attachments"]![0]!["content"]!.AsObject();
        for (var turn = 1; turn <= MaxTurns; turn++)
        {
            if (Step(card) is not { } step)
            {
                return RecommendationId(card) ?? throw new InvalidOperationException("The dialog ended without a recommendation: " + card.ToJsonString());
            }

            Steps.Add(step);
            var host = HostFor(turn);
            var response = await host.PostAsync(TeamsPayloads.Invoke($"{conversation}-turn-{turn}", "answer", conversation, AnswerData(card).ToJsonString()));
            Assert.True(response.Status == HttpStatusCode.OK, response.Body);
            var reply = JsonNode.Parse(response.Body)!;
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply["type"]);
            card = reply["value"]!.AsObject();
        }

        throw new InvalidOperationException($"No recommendation after {MaxTurns} turns.");
    }

    /// <summary>The answer button's data plus the first choice of every dropdown, as Teams merges inputs into data.</summary>
    private static JsonObject AnswerData(JsonObject card)
    {
        var answer = Descendants(card).First(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] == "answer");
        var data = answer["data"]!.AsObject().DeepClone().AsObject();
        foreach (var choiceSet in Descendants(card).Where(n => (string?)n["type"] == "Input.ChoiceSet"))
        {
            var field = (string)choiceSet["id"]!;
            if (!data.ContainsKey(field))
            {
                data[field] = (string?)choiceSet["choices"]![0]!["value"];
            }
        }

        return data;
    }

    private static int? Step(JsonObject card)
    {
        var text = Descendants(card).Select(n => (string?)(n["text"] as JsonValue)).FirstOrDefault(t => t is not null && StepText().IsMatch(t));
        return text is null ? null : int.Parse(StepText().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The recommendation the result card's buttons (share, compare…) carry.</summary>
    private static string? RecommendationId(JsonObject card) =>
        Descendants(card).Select(n => (string?)(n["recommendationId"] as JsonValue)).FirstOrDefault(id => id is not null);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    [GeneratedRegex(@"^Step (\d+) of \d+$")]
    private static partial Regex StepText();
}
