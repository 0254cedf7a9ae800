using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Bot.Tests.EndToEnd.Reviews;
using ModelStrategy.Bot.Tests.EndToEnd.Teams;
using ModelStrategy.Core.Cards;
using static ModelStrategy.Bot.Tests.EndToEnd.Reviews.TeamsReviewDriver;

namespace ModelStrategy.Bot.Tests.EndToEnd.Outcomes;

/// <summary>
/// Outcomes through the real host: a Teams user says which path the team took and what it took, history and the report
/// show it, and GET /api/outcomes.csv exports it to the team's own key only.
/// </summary>
[Trait("Category", "E2E")]
public sealed class OutcomesEndToEndTests
{
    private const string TeamKey = "calibration-key-3d9c1b7e5a2f4c6e8b0d";
    private const string OtherKey = "other-team-key-7a1e3c5b9d2f4a6c8e0b";
    private const string NoTeamKey = "no-team-key-1b3d5f7a9c2e4b6d8f0a";

    private static readonly Dictionary<string, string> Keys = new()
    {
        ["Api:Keys:0:Name"] = "calibration", ["Api:Keys:0:Sha256"] = Hash(TeamKey), ["Api:Keys:0:Teams:0"] = "entra:" + TeamsPayloads.Tenant,
        ["Api:Keys:1:Name"] = "other", ["Api:Keys:1:Sha256"] = Hash(OtherKey), ["Api:Keys:1:Teams:0"] = "slack:T0OTHER",
        ["Api:Keys:2:Name"] = "no-team", ["Api:Keys:2:Sha256"] = Hash(NoTeamKey),
    };

    [Fact]
    public async Task WentWithAndHowItWent_InTeams_AreInHistoryTheReportAndTheTeamsCsvOnly()
    {
        using var host = new ReviewBotFactory(settings: Keys);
        await PostAsync(host, TeamsPayloads.Message("o-quick", Quick));
        var id = Values(LastCard(host)).Select(v => (string?)v["recommendationId"]).First(v => v is not null)!;
        await PostAsync(host, TeamsPayloads.Invoke("o-later", CardActionNames.ReviewLater, data: $$"""{"recommendationId":"{{id}}"}"""));
        var wentWith = Values(LastCard(host)).Single(v => (string?)v["msAction"] == CardActionNames.WentWith);

        await PostAsync(host, TeamsPayloads.Invoke("o-went", CardActionNames.WentWith, data: wentWith.ToJsonString()));
        var recommended = Values(LastCard(host)).First(v => (string?)v["path"] is not null);
        await PostAsync(host, TeamsPayloads.Invoke("o-pick", CardActionNames.WentWith, data: recommended.ToJsonString()));
        var noted = Texts(LastCard(host));
        var howItWent = Values(LastCard(host)).Single(v => (string?)v["msAction"] == CardActionNames.Outcome);
        await PostAsync(host, TeamsPayloads.Invoke("o-how", CardActionNames.Outcome, data: howItWent.ToJsonString()));
        var form = LastCard(host);
        var save = Values(form).Single(v => (string?)v["msAction"] == CardActionNames.Outcome);
        save["weeks"] = "11";
        save["cost"] = "$52k";
        await PostAsync(host, TeamsPayloads.Invoke("o-save", CardActionNames.Outcome, data: save.ToJsonString()));
        var saved = Texts(LastCard(host));
        await PostAsync(host, TeamsPayloads.Message("o-history", "history"));
        var history = Texts(LastCard(host));
        // The report page as its handler renders it for a reader let in, from what the host stored.
        var stored = await host.Services.GetRequiredService<ModelStrategy.Core.Recommendations.IRecommendationStore>().GetAsync(id, CancellationToken.None);
        var outcome = await host.Services.GetRequiredService<ModelStrategy.Core.Outcomes.IOutcomeStore>().GetAsync(id, CancellationToken.None);
        var report = ModelStrategy.Bot.Reports.Html.ReportPage.Render(stored!, outcome);

        var csv = await GetAsync(host, "/api/outcomes.csv", TeamKey);
        var other = await GetAsync(host, "/api/outcomes.csv", OtherKey);
        var noTeam = await GetAsync(host, "/api/outcomes.csv", NoTeamKey);
        var wrong = await GetAsync(host, "/api/outcomes.csv", "not-a-key");
        var anonymous = await GetAsync(host, "/api/outcomes.csv", null);

        Assert.StartsWith("Noted: you went with Retrieval-augmented generation (RAG), the path I recommended.", noted[0], StringComparison.Ordinal);
        Assert.Equal(["weeks", "cost"], Descendants(form).Where(o => (string?)o["type"] == "Input.Text").Select(o => (string)o["id"]!));
        Assert.Equal("Thanks, saved: Retrieval-augmented generation (RAG) took about 11 weeks and about $52,000.", saved[0]);
        Assert.Contains("Went with Retrieval-augmented generation (RAG) (recommended) · took about 11 weeks and about $52,000", history);
        Assert.Contains("What the team did", report, StringComparison.Ordinal);
        Assert.Contains("<td>about 11 weeks</td>", report, StringComparison.Ordinal);

        Assert.Equal((HttpStatusCode.OK, "text/csv; charset=utf-8; header=present"), (csv.Status, csv.ContentType));
        var rows = csv.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("recommendation_id,team,recommended_at,recommended_path,chosen_path,took_recommended,", rows[0], StringComparison.Ordinal);
        var row = rows[1].Split(',');
        Assert.Equal((id, "entra:" + TeamsPayloads.Tenant, "rag", "rag", "true"), (row[0], row[1], row[3], row[4], row[5]));
        Assert.Equal(("11", "52000"), (row[12], row[16]));
        Assert.DoesNotContain("Alex", csv.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, 1), (other.Status, other.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Equal(HttpStatusCode.Forbidden, noTeam.Status);
        Assert.Contains("Api:Keys:N:Teams", noTeam.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.Status);
    }

    [Fact]
    public async Task OutOfBoundsFigures_InTeams_ComeBackInTheFormWithAnError_AndAreNotExported()
    {
        using var host = new ReviewBotFactory(settings: Keys);
        await PostAsync(host, TeamsPayloads.Message("b-quick", Quick));
        await PostAsync(host, TeamsPayloads.Message("b-went", "went with rag"));
        await PostAsync(host, TeamsPayloads.Message("b-how", "how did it go?"));
        var save = Values(LastCard(host)).Single(v => (string?)v["msAction"] == CardActionNames.Outcome);
        save["weeks"] = "2000";
        save["cost"] = "=HYPERLINK(\"http://evil\")";

        await PostAsync(host, TeamsPayloads.Invoke("b-save", CardActionNames.Outcome, data: save.ToJsonString()));
        var refused = LastCard(host);
        var csv = await GetAsync(host, "/api/outcomes.csv", TeamKey);

        Assert.Equal("I couldn't save that yet:", Texts(refused)[0]);
        Assert.Contains("• Weeks: give a time between a few days and 520 weeks (ten years).", Texts(refused));
        Assert.Equal(["2000", "=HYPERLINK(\"http://evil\")"],
            Descendants(refused).Where(o => (string?)o["type"] == "Input.Text").Select(o => (string)o["value"]!));
        var row = csv.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1].Split(',');
        Assert.Equal((string.Empty, string.Empty), (row[12], row[16]));
    }

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetAsync(ReviewBotFactory host, string path, string? key)
    {
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
            if (key is not null)
            {
                c.Request.Headers["X-Api-Key"] = key;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync());
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
