using System.Net;
using System.Text;
using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;
using Microsoft.Extensions.Logging;
using static ModelStrategy.Bot.Tests.EndToEnd.Hostile.HostileRequests;

namespace ModelStrategy.Bot.Tests.EndToEnd.Hostile;

/// <summary>
/// One test per cause of a 500 that <see cref="EndpointFuzzTests"/> found, each the smallest request that reproduced it
/// through the real host: the answer is now a 4xx or the protocol's 200-and-ignore, nothing is logged at Error, and
/// nothing is stored or sent.
/// </summary>
[Trait("Category", "E2E")]
public sealed class FuzzFindingsRegressionTests(FuzzBotFactory factory) : IClassFixture<FuzzBotFactory>
{
    /// <summary>FUZZ_SEED=1953837960: a signed body that is not JSON was read as a form for its team id, and a "key" of
    /// 5,000 '[' broke the form reader's 2,048-character limit (InvalidDataException).</summary>
    [Fact]
    public async Task Events_SignedDeeplyNestedArrays_400() =>
        await AssertAnsweredAsync(Valid(ToEvents, factory, "nest") with { Body = Encoding.UTF8.GetBytes(new string('[', 5_000)) }, HttpStatusCode.BadRequest);

    /// <summary>The form reader throws past 1,024 fields or a 2,048-character key; such a body is no slash command.</summary>
    [Theory]
    [InlineData(1_100, 1)]
    [InlineData(1, 3_000)]
    public async Task Commands_FormBeyondTheReadersLimits_400(int fields, int keyLength)
    {
        var valid = Valid(ToCommands, factory, "limits-" + fields);
        var extra = string.Join("&", Enumerable.Range(0, fields).Select(i => new string('k', keyLength) + i + "=v"));

        await AssertAnsweredAsync(valid with { Body = [.. Encoding.UTF8.GetBytes(extra + "&"), .. valid.Body] }, HttpStatusCode.BadRequest);
    }

    /// <summary>The parser accepts a lone surrogate escape or invalid UTF-8 inside a string; reading it later threw
    /// InvalidOperationException deep in a reader. Each boundary now refuses such JSON as malformed.</summary>
    [Theory]
    [InlineData(ToTeams, "\"text\":\"help\"", "\"text\":\"\\ud800\"")]
    [InlineData(ToEvents, "\"type\":\"event_callback\"", "\"type\":\"\\udc00\\ud800\"")]
    [InlineData(ToApi, "\"text\":\"RAG", "\"text\":\"\\ud83d RAG")]
    [InlineData(ToTeams, "\"text\":\"help\"", "\"text\":\"\u00ff\"")]
    [InlineData(ToEvents, "\"channel\":\"C0HOSTILE\"", "\"channel\":\"\u00ff\"")]
    [InlineData(ToApi, "\"text\":\"RAG", "\"text\":\"\u00ff")]
    public async Task UnreadableText_400(string endpoint, string from, string to)
    {
        // "\u00ff" stands for a raw invalid byte: it is swapped for 0xFF after encoding.
        var valid = Valid(endpoint, factory, "text-" + to.Length);
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid.Body).Replace(from, to, StringComparison.Ordinal))
            .SelectMany(b => b == 0xC3 ? Array.Empty<byte>() : b == 0xBF ? [(byte)0xFF] : [b]).ToArray();
        Assert.NotEqual(valid.Body, body);

        await AssertAnsweredAsync(valid with { Body = body }, HttpStatusCode.BadRequest);
    }

    /// <summary>A JsonObject with a duplicated name threw ArgumentException when read (Teams value, entities); the
    /// boundaries now refuse duplicate names as malformed JSON.</summary>
    [Theory]
    [InlineData(ToTeams, "\"type\":\"message\"", "\"type\":\"message\",\"type\":\"message\"")]
    [InlineData(ToApi, "{\"text\"", "{\"text\":\"a\",\"text\"")]
    public async Task DuplicateNames_400(string endpoint, string from, string to)
    {
        var valid = Valid(endpoint, factory, "dup-" + endpoint);

        await AssertAnsweredAsync(valid with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid.Body).Replace(from, to, StringComparison.Ordinal)) },
            HttpStatusCode.BadRequest);
    }

    /// <summary>Explicit casts and indexers threw on a value of another JSON type (entities[].type a number,
    /// channelData.tenant a string, an invoke's value an array); they now read it as absent.</summary>
    [Theory]
    [InlineData("\"entities\":[{\"type\":\"clientInfo\",\"locale\":\"en-US\"}]", "\"entities\":[{\"type\":5,\"mentioned\":[]}]")]
    [InlineData("\"channelData\":{\"tenant\":{\"id\":\"00000000-0000-0000-0000-0000000000001\"}}", "\"channelData\":{\"tenant\":\"t\"}")]
    [InlineData("\"entities\":[{\"type\":\"clientInfo\",\"locale\":\"en-US\"}]", "\"entities\":[null]")]
    public async Task Teams_FieldOfAnotherJsonType_AnsweredNormally(string from, string to)
    {
        var valid = Valid(ToTeams, factory, "type-" + to.Length);
        var before = factory.Slack.Calls.Count;

        var answer = await factory.SendAsync(valid with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid.Body).Replace(from, to, StringComparison.Ordinal)) });

        Assert.Equal(200, answer.Status);
        Assert.Equal(before + 1, factory.Slack.Calls.Count);
        AssertNoErrorLogged();
    }

    /// <summary>FUZZ_SEED=6: <c>"membersAdded":[null]</c> threw NullReferenceException in the welcome handler.</summary>
    [Fact]
    public async Task Teams_InstallWithANullMember_200WithoutAWelcome()
    {
        var install = FuzzSeeds.Loopback(ModelStrategy.Bot.Tests.EndToEnd.Teams.TeamsPayloads.Install("conversationUpdate", "null-member", "personal", "a:hostile-null"), factory)
            .Replace("\"membersAdded\":[{\"id\":\"bot-id\"}]", "\"membersAdded\":[null]", StringComparison.Ordinal);
        Assert.Contains("[null]", install, StringComparison.Ordinal);

        await AssertAnsweredAsync(Post("/api/messages", "application/json", install), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Teams_InvokeWhoseValueIsAnArray_AnsweredWithoutError()
    {
        var invoke = FuzzSeeds.Loopback(ModelStrategy.Bot.Tests.EndToEnd.Teams.TeamsPayloads.Invoke("inv-array", "skip", "a:hostile-array"), factory)
            .Replace("\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"skip\",\"data\":{}},\"trigger\":\"manual\"}", "\"value\":[1,2]", StringComparison.Ordinal);
        Assert.Contains("\"value\":[1,2]", invoke, StringComparison.Ordinal);

        var answer = await factory.SendAsync(Post("/api/messages", "application/json", invoke));

        Assert.Null(answer.Escaped);
        Assert.InRange(answer.Status, 200, 499);
        AssertNoErrorLogged();
    }

    /// <summary>A blank sender made ConversationKey throw ArgumentException; a control character or an overlong id made
    /// the Bot Connector refuse the reply's URL. A blank sender is ignored (200), a malformed id refused (400).</summary>
    [Theory]
    [InlineData("\"from\":{\"id\":\"user-id-0\",\"name\":\"Alex Wilber\",\"aadObjectId\":\"00000000-0000-0000-0000-0000000000020\"}", "\"from\":{\"id\":\" \"}", 200)]
    [InlineData("\"id\":\"h-ids\"", "\"id\":\"\\u0000\\u0001\"", 400)]
    [InlineData("\"id\":\"a:hostile-ids", "\"id\":\"a:hostile-ids-long-", 400)]
    public async Task Teams_BlankSenderOrMalformedId_IgnoredOrRefused(string from, string to, int expected)
    {
        var valid = Valid(ToTeams, factory, "ids");
        var replaced = Encoding.UTF8.GetString(valid.Body).Replace(from, to.EndsWith("-long-", StringComparison.Ordinal) ? to + new string('x', 1_100) : to, StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(valid.Body), replaced);

        await AssertAnsweredAsync(valid with { Body = Encoding.UTF8.GetBytes(replaced) }, (HttpStatusCode)expected);
    }

    /// <summary>An event_id or trigger_id over 512 characters broke the delivery ledger's key limit
    /// (ArgumentOutOfRangeException), and a user id of a space broke ConversationKey; Slack ids are short tokens.</summary>
    [Theory]
    [InlineData(ToEvents, "\"event_id\":\"EvHostileslack-ids\"", "\"event_id\":\"Ev-long-\"", 400)]
    [InlineData(ToEvents, "\"user\":\"U0ANA\"", "\"user\":\" \"", 200)]
    [InlineData(ToCommands, "trigger_id=trigger-hostile-slack-ids", "trigger_id=-long-", 400)]
    [InlineData(ToCommands, "channel_id=C0HOSTILE", "channel_id=-long-", 400)]
    public async Task Slack_MalformedId_RefusedOrIgnored(string endpoint, string from, string to, int expected)
    {
        var valid = Valid(endpoint, factory, "slack-ids");
        var replaced = Encoding.UTF8.GetString(valid.Body).Replace(from, to.Replace("-long-", new string('x', 3_000), StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(valid.Body), replaced);

        await AssertAnsweredAsync(valid with { Body = Encoding.UTF8.GetBytes(replaced) }, (HttpStatusCode)expected);
    }

    private async Task AssertAnsweredAsync(FuzzRequest request, HttpStatusCode expected)
    {
        var before = await StoreSnapshot.TakeAsync(factory);

        var answer = await factory.SendAsync(request);

        Assert.Null(answer.Escaped);
        Assert.Equal((int)expected, answer.Status);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
        AssertNoErrorLogged();
    }

    private void AssertNoErrorLogged() =>
        Assert.DoesNotContain(factory.Capture.Entries, e => e.Level >= LogLevel.Error);
}
