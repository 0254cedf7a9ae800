using System.Text;
using System.Text.Json.Nodes;
using ModelStrategy.Bot.Tests.EndToEnd.Slack;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>One endpoint and kind of payload, and how to make the n-th mutated request to it.</summary>
internal sealed record FuzzTarget(string Name, Func<int, Random, FuzzRequest> Next);

/// <summary>Every endpoint of the host, each with the valid payloads its mutations start from.</summary>
internal static class FuzzTargets
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    private static readonly string[] Texts = ["help", "start", "history", "RAG over 500 docs, budget 50k", "", "skip"];

    private static readonly string?[] WrongContentTypes =
        [null, "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "*/*", "application/x-www-form-urlencoded", "application/json"];

    private static readonly string[] OtherMethods = ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    public static IReadOnlyList<FuzzTarget> All(FuzzBotFactory factory, FuzzSeeds seeds) =>
    [
        Post("teams message", "/api/messages", Json, (n, r) => JsonMutator.Mutate(
            FuzzSeeds.Loopback(TeamsPayloads.Message("fz-" + n, Pick(Texts, r), "a:fz-" + (n % 40)), factory), r)),
        Post("teams invoke", "/api/messages", Json, (n, r) => JsonMutator.Mutate(
            FuzzSeeds.Loopback(TeamsPayloads.Invoke("fz-" + n, Pick(["skip", "answer", "back", "help"], r), "a:fz-" + (n % 40), seeds.TeamsActionData), factory), r)),
        Post("teams message extension", "/api/messages", Json, (n, r) => JsonMutator.Mutate(FuzzSeeds.Loopback(r.Next(4) switch
        {
            0 => TeamsExtensionPayloads.FetchTask("fz-" + n, TeamsPayloads.Tenant),
            1 => TeamsExtensionPayloads.SubmitAction("fz-" + n, TeamsPayloads.Tenant, Pick(Texts, r)),
            2 => TeamsExtensionPayloads.QueryLink("fz-" + n, TeamsPayloads.Tenant, "http://localhost:3978/r/" + seeds.RecommendationId, anonymous: r.Next(4) == 0),
            _ => TeamsExtensionPayloads.Query("fz-" + n, TeamsPayloads.Tenant, r.Next(2) == 0 ? null : Pick(Texts, r)),
        }, factory), r)),
        Post("teams install", "/api/messages", Json, (n, r) => JsonMutator.Mutate(
            FuzzSeeds.Loopback(TeamsPayloads.Install(Pick(["installationUpdate", "conversationUpdate"], r), "fz-" + n, Pick(["personal", "channel"], r), "a:fz-i" + n), factory), r)),
        Post("slack mention", "/slack/events", Json, (n, r) => JsonMutator.Mutate(
            SlackPayloads.Mention("EvFz" + n, "C0FZ" + (n % 20), FuzzSeeds.Ts(n), Pick(Texts, r)), r)),
        Post("slack direct message", "/slack/events", Json, (n, r) => JsonMutator.Mutate(
            SlackPayloads.DirectMessage("EvFz" + n, "D0FZ" + (n % 20), FuzzSeeds.Ts(n), Pick(Texts, r)), r)),
        Post("slack url_verification", "/slack/events", Json, (n, r) => JsonMutator.Mutate(
            """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", r)),
        Post("slack command", "/slack/commands", Form, (n, r) => FormMutator.Mutate(
            [.. SlackPayloads.Command("C0FZ" + (n % 20), Pick(Texts, r), "trigger-fz-" + n, factory.Slack.ResponseUrl("commands/fz"))], r)),
        Post("slack click", "/slack/interactions", Form, (n, r) => FormMutator.Mutate(Payload(SlackPayloads.Click(
            seeds.Button, seeds.BlockId, "C0SEED", seeds.QuestionTs, "1800000900.000100", "trigger-fz-" + n, factory.Slack.ResponseUrl("actions/fz"),
            ephemeral: r.Next(4) == 0)), r)),
        Post("slack submission", "/slack/interactions", Form, (n, r) => FormMutator.Mutate(Payload(SlackPayloads.Submission(
            "V0FZ" + n, seeds.ModalMetadata, SlackPayloads.Selected("need", "knowledge"))), r)),
        Post("api create", "/api/recommendations", Json, (n, r) => JsonMutator.Mutate(
            r.Next(2) == 0 ? seeds.Constraints : new JsonObject { ["text"] = Pick(Texts, r) + " for 2,000 support tickets" }.ToJsonString(), r)),
        new("gets", (n, r) => new FuzzRequest("GET", GetPath(seeds.RecommendationId, r), null, [])),
    ];

    /// <summary>The target's request, sometimes with a wrong content type or method.</summary>
    private static FuzzTarget Post(string name, string path, string contentType, Func<int, Random, byte[]> body) => new(name, (n, r) =>
    {
        var bytes = body(n, r);
        var type = r.Next(10) == 0 ? Pick(WrongContentTypes, r) : contentType;
        var method = r.Next(30) == 0 ? Pick(OtherMethods, r) : "POST";
        return new FuzzRequest(method, path, type, bytes);
    });

    private static KeyValuePair<string, string>[] Payload(string json) => [KeyValuePair.Create(FormMutator.PayloadField, json)];

    /// <summary>A GET of a report, a recommendation or a health endpoint, with a mutated id or a junk query.</summary>
    private static string GetPath(string id, Random random)
    {
        var mutated = random.Next(6) switch
        {
            0 => id,
            1 => id[..random.Next(id.Length)],
            2 => id + new string(Values.Letter(random), random.Next(100, 5_000)),
            3 => id.Insert(random.Next(id.Length), Pick(["%01", "%2F", "%ED%A0%80", "%FF", "..%2F..%2F", "%E2%80%AE", "%F0%9F%98%80", "%", "%zz", "+", ".md"], random)),
            4 => Encoding.UTF8.GetString(Bytes.FlipBits(Encoding.UTF8.GetBytes(id), random)).Replace("/", "%2F", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal)
                .Replace("#", "%23", StringComparison.Ordinal),
            _ => Uri.EscapeDataString(Encoding.UTF8.GetString(Values.HostileString(random))),
        };
        // No NUL: Kestrel refuses a path holding one with 400 before the host sees it, and TestServer cannot carry it.
        mutated = mutated.Replace("\0", string.Empty, StringComparison.Ordinal);
        return random.Next(6) switch
        {
            0 => "/api/recommendations/" + mutated,
            1 => "/r/" + mutated,
            2 => "/r/" + mutated + ".md",
            3 => "/r/" + mutated + Pick(["?format=md", "?print=1&print=2", "?%ED%A0%80=1", "?a=" + new string('x', 3_000)], random),
            4 => Pick(["/healthz", "/readyz"], random) + Pick(["", "?x=%FF", "?" + new string('q', 3_000)], random),
            _ => "/api/recommendations/" + mutated + Pick(["?x=1", "/extra", "%2F..%2Fhealthz"], random),
        };
    }

    private static T Pick<T>(T[] items, Random random) => items[random.Next(items.Length)];
}
