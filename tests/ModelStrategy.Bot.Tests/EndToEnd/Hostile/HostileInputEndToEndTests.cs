using System.Net;
using System.Text;
using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;
using static ModelStrategy.Bot.Tests.EndToEnd.Hostile.HostileRequests;

namespace ModelStrategy.Bot.Tests.EndToEnd.Hostile;

/// <summary>
/// Each kind of hostile or broken request against every endpoint it applies to, through the real host: the answer is
/// the right 4xx (or the protocol's 200-and-ignore) and nothing changes: no stored row (recommendations,
/// conversations, deliveries, inbox) and no outbound call. The table in docs/OPERATIONS.md ("Hostile input") maps
/// each case here.
/// </summary>
[Trait("Category", "E2E")]
public sealed class HostileInputEndToEndTests(FuzzBotFactory factory) : IClassFixture<FuzzBotFactory>
{
    [Theory]
    [InlineData(ToTeams, "{not json")]
    [InlineData(ToTeams, "[]")]
    [InlineData(ToEvents, "{\"type\":")]
    [InlineData(ToEvents, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [InlineData(ToCommands, "text=hello")]
    [InlineData(ToInteractions, "payload=%7B")]
    [InlineData(ToApi, "{not json")]
    public async Task MalformedBody_400AndNothingChanges(string endpoint, string body)
    {
        var request = Valid(endpoint, factory, "malformed") with { Body = Encoding.UTF8.GetBytes(body) };

        await AssertRefusedAsync(request, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(ToTeams, "text/plain")]
    [InlineData(ToTeams, "application/x-www-form-urlencoded")]
    [InlineData(ToEvents, "text/plain")]
    [InlineData(ToEvents, "application/x-www-form-urlencoded")]
    [InlineData(ToCommands, "application/json")]
    [InlineData(ToCommands, null)]
    [InlineData(ToInteractions, "multipart/form-data; boundary=x")]
    [InlineData(ToApi, "text/plain")]
    public async Task WrongContentType_415AndNothingChanges(string endpoint, string? contentType)
    {
        var request = Valid(endpoint, factory, "type") with { ContentType = contentType };

        await AssertRefusedAsync(request, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData(ToTeams, 300 * 1024)]
    [InlineData(ToEvents, 70 * 1024)]
    [InlineData(ToCommands, 70 * 1024)]
    [InlineData(ToInteractions, 70 * 1024)]
    [InlineData(ToApi, 70 * 1024)]
    public async Task BodyOverTheLimit_413AndNothingChanges(string endpoint, int bytes)
    {
        var valid = Valid(endpoint, factory, "huge");
        var padding = valid.ContentType!.Contains("json", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', bytes) + "\"}")
            : Encoding.UTF8.GetBytes("pad=" + new string('x', bytes) + "&").Concat(valid.Body).ToArray();

        await AssertRefusedAsync(valid with { Body = padding }, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(ToTeams, "\"type\":\"message\"", "\"type\":\"somethingNew\"")]
    [InlineData(ToEvents, "\"type\":\"event_callback\"", "\"type\":\"mystery_envelope\"")]
    [InlineData(ToEvents, "\"type\":\"app_mention\"", "\"type\":\"reaction_added\"")]
    [InlineData(ToInteractions, "%22type%22%3A%22block_actions%22", "%22type%22%3A%22shortcut%22")]
    public async Task UnknownType_200IgnoredAndNothingChanges(string endpoint, string from, string to)
    {
        var valid = Valid(endpoint, factory, "unknown-" + to.Length);
        var body = Encoding.UTF8.GetString(valid.Body);
        Assert.Contains(from, body, StringComparison.Ordinal);

        await AssertRefusedAsync(valid with { Body = Encoding.UTF8.GetBytes(body.Replace(from, to, StringComparison.Ordinal)) }, HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(ToEvents, "unsigned")]
    [InlineData(ToEvents, "another secret")]
    [InlineData(ToEvents, "another body")]
    [InlineData(ToEvents, "six minutes old")]
    [InlineData(ToEvents, "six minutes ahead")]
    [InlineData(ToCommands, "unsigned")]
    [InlineData(ToCommands, "another secret")]
    [InlineData(ToCommands, "six minutes old")]
    [InlineData(ToInteractions, "unsigned")]
    [InlineData(ToInteractions, "another secret")]
    [InlineData(ToInteractions, "six minutes old")]
    public async Task ForgedUnsignedOrStaleSignature_401AndNothingChanges(string endpoint, string signature)
    {
        var valid = Valid(endpoint, factory, "forged-" + signature.Length);
        var now = TimeProvider.System.GetUtcNow();
        var headers = signature switch
        {
            "unsigned" => [],
            "another secret" => FuzzBotFactory.Signature(valid.Body, now, "not-our-secret"),
            "another body" => FuzzBotFactory.Signature([.. valid.Body, (byte)' '], now),
            "six minutes old" => FuzzBotFactory.Signature(valid.Body, now.AddMinutes(-6)),
            _ => FuzzBotFactory.Signature(valid.Body, now.AddMinutes(6)),
        };

        await AssertRefusedAsync(valid with { Headers = headers }, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Teams_ServiceUrlOutsideLoopbackInDevelopmentMode_401AndNothingChanges()
    {
        var valid = Valid(ToTeams, factory, "remote-url");
        var body = Encoding.UTF8.GetString(valid.Body).Replace(factory.Slack.BaseUri.ToString(), "https://smba.evil.example/", StringComparison.Ordinal);

        await AssertRefusedAsync(valid with { Body = Encoding.UTF8.GetBytes(body) }, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Teams_RemoteCallerInDevelopmentMode_401AndNothingChanges() =>
        await AssertRefusedAsync(Valid(ToTeams, factory, "remote-caller") with { Remote = IPAddress.Parse("203.0.113.7") }, HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("/api/recommendations/rec_0000000000000000")]
    [InlineData("/api/recommendations/..%2F..%2Fhealthz")]
    [InlineData("/r/rec_0000000000000000")]
    [InlineData("/r/%ED%A0%80.md")]
    public async Task Get_UnknownOrMalformedId_404AndNothingChanges(string path) =>
        await AssertRefusedAsync(new FuzzRequest("GET", path, null, []), HttpStatusCode.NotFound);

    private async Task AssertRefusedAsync(FuzzRequest request, HttpStatusCode expected)
    {
        var before = await StoreSnapshot.TakeAsync(factory);

        var answer = await factory.SendAsync(request);

        Assert.Null(answer.Escaped);
        Assert.Equal((int)expected, answer.Status);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
    }
}
