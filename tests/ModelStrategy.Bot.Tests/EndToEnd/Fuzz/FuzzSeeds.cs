using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// Valid requests to mutate, taken from the running bot rather than written by hand where the bot itself issues them:
/// the buttons of a Slack question it posted, the metadata of the modal it opened, the Action.Execute data of a Teams
/// card it sent, the id and constraints of a recommendation it stored. Each seed takes the case number so that every
/// case carries fresh delivery ids (event_id, trigger_id, activity id) and reaches the parsers instead of the
/// de-duplication.
/// </summary>
public sealed class FuzzSeeds
{
    private FuzzSeeds(JsonObject button, string blockId, string questionTs, string modalMetadata, string teamsActionData, string constraints, string recommendationId)
    {
        QuestionTs = questionTs;
        Button = button;
        BlockId = blockId;
        ModalMetadata = modalMetadata;
        TeamsActionData = teamsActionData;
        Constraints = constraints;
        RecommendationId = recommendationId;
    }

    public JsonObject Button { get; }

    public string BlockId { get; }

    /// <summary>The ts Slack gave the question the button is on (what a click names as the message).</summary>
    public string QuestionTs { get; }

    public string ModalMetadata { get; }

    public string TeamsActionData { get; }

    public string Constraints { get; }

    public string RecommendationId { get; }

    public static async Task<FuzzSeeds> GatherAsync(FuzzBotFactory factory)
    {
        var slack = factory.Slack;
        await factory.EventAsync(SlackPayloads.Mention("EvFuzzSeed", "C0SEED", "1800000900.000100", "start"));
        var question = (await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Channel == "C0SEED"), "the seed question"))
            .First(x => x.Method == "chat.postMessage" && x.Channel == "C0SEED");
        var (button, blockId, _) = SlackBlocks.Buttons(JsonNode.Parse(question.Body)!["blocks"])[0];

        await factory.CommandAsync(SlackPayloads.Command("C0SEED", string.Empty, "trigger-seed", slack.ResponseUrl("commands/seed")));
        var open = (await slack.WaitForAsync(c => c.Any(x => x.Method == "views.open"), "the seed modal")).First(x => x.Method == "views.open");
        var metadata = open.Json.GetProperty("view").GetProperty("private_metadata").GetString()!;

        var teams = await factory.SendAsync(Post("/api/messages", "application/json", TeamsMessage("seed", "start", factory)));
        var card = slack.Calls.LastOrDefault(c => c.Method.StartsWith("hooks/teams", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Teams answered {teams.Status} and sent no card");
        var data = FindActionData(JsonNode.Parse(card.Body)) ?? throw new InvalidOperationException("The Teams card has no Action.Execute");

        var created = await factory.SendAsync(Post("/api/recommendations", "application/json", "{\"text\":\"RAG over 500 docs, budget 50k, customer PII\"}"u8.ToArray()));
        if (created.Status != 200)
        {
            throw new InvalidOperationException($"POST /api/recommendations answered {created.Status}");
        }

        return new FuzzSeeds(button, blockId, question.PostedTs!, metadata, data, ConstraintsSeed, RecommendationIdFrom(factory));
    }

    /// <summary>A full constraints object as the API documents it.</summary>
    private const string ConstraintsSeed =
        """{"need":"knowledge","budgetUsd":50000,"dataSensitivity":"confidential","text":"RAG over 500 docs","labeledExamples":2000}""";

    public static FuzzRequest Post(string path, string contentType, byte[] body) => new("POST", path, contentType, body);

    public static byte[] TeamsMessage(string id, string text, FuzzBotFactory factory) =>
        Encoding.UTF8.GetBytes(Loopback(TeamsPayloads.Message("fz-" + id, text, "a:fuzz-" + id), factory));

    /// <summary>Points the activity's serviceUrl at the fake Slack's hooks (loopback), so replies reach a server that answers.</summary>
    public static string Loopback(string activity, FuzzBotFactory factory) =>
        activity.Replace(TeamsPayloads.ServiceUrl, factory.Slack.BaseUri + "hooks/teams", StringComparison.Ordinal);

    public static string Ts(int n) => "1800001" + n.ToString("D3", CultureInfo.InvariantCulture)[^3..] + "." + n.ToString("D6", CultureInfo.InvariantCulture);

    private static string RecommendationIdFrom(FuzzBotFactory factory)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.SqlitePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM recommendations LIMIT 1";
        return (string?)command.ExecuteScalar() ?? throw new InvalidOperationException("No recommendation was stored");
    }

    private static string? FindActionData(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" && o["data"] is { } d => d.ToJsonString(),
        JsonObject o => o.Select(p => FindActionData(p.Value)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(FindActionData).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
