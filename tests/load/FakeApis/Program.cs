using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Load.FakeApis;

// A fake Bot Connector (/teams/v3/conversations/...) and a fake Slack Web API (/slack/api/{method}) that answer the
// bot's outbound calls with 200 and count them; GET /counts reads the counts. Loopback only:
//   dotnet FakeApis.dll --urls http://127.0.0.1:3986
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSingleton<CallCounts>();
var app = builder.Build();
var sequence = 0L;

app.MapGet("/counts", (CallCounts counts) => Results.Json(counts.Snapshot()));

// Bot Connector: send to a conversation, reply to an activity, update an activity.
app.MapPost("/teams/v3/conversations/{conversationId}/activities/{**activityId}", async (HttpRequest request, CallCounts counts) =>
{
    await Drain(request);
    counts.TeamsSend();
    return Results.Json(new { id = "a" + Interlocked.Increment(ref sequence) });
});
app.MapPut("/teams/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request, CallCounts counts, string activityId) =>
{
    await Drain(request);
    counts.TeamsUpdate();
    return Results.Json(new { id = activityId });
});

// Slack Web API: ok:true with the ts chat.postMessage returns and chat.update echoes.
app.MapPost("/slack/api/{method}", async (HttpRequest request, CallCounts counts, string method) =>
{
    var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
    counts.Slack(method);
    var answer = new JsonObject { ["ok"] = true };
    if (method == "chat.postMessage")
    {
        answer["channel"] = body?["channel"]?.DeepClone();
        answer["ts"] = $"1800000000.{Interlocked.Increment(ref sequence):D6}";
    }
    else if (method == "chat.update")
    {
        answer["channel"] = body?["channel"]?.DeepClone();
        answer["ts"] = body?["ts"]?.DeepClone();
    }

    return Results.Text(answer.ToJsonString(JsonSerializerOptions.Default), "application/json");
});

app.Run();

static async Task Drain(HttpRequest request) => await request.Body.CopyToAsync(Stream.Null);
