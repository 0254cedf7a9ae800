using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>Creates recommendations through the API and fetches their report pages, parsed as XML.</summary>
internal sealed class ReportClient(BotFactory factory, HttpClient client)
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Posts a body; returns the id and the recommendation JSON as the API serves it.</summary>
    public async Task<(string Id, JsonElement Json)> CreateAsync(string body)
    {
        using var response = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), HttpAssert.Json(body));
        var json = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        return (json.GetProperty("id").GetString()!, json);
    }

    /// <summary>A stored recommendation whose chosen path is <paramref name="path"/> (see <see cref="ReportBodies.ChosenBy"/>).</summary>
    public async Task<(string Id, JsonElement Json)> ChosenAsync(string path)
    {
        var (id, json) = await CreateAsync(ReportBodies.ChosenBy[path]);
        if (json.GetProperty("path").GetString() == path)
        {
            return (id, json);
        }

        // Full fine-tuning ties with LoRA and loses to the lighter path: store the same recommendation with it chosen.
        var store = factory.Services.GetRequiredService<IRecommendationStore>();
        var stored = (await store.GetAsync(id, CancellationToken.None))!;
        var chosen = Enum.GetValues<PathId>().Single(p => Core.Constraints.WireName.Of(p) == path);
        Assert.True(stored.Paths.Single(p => p.Path == chosen).Feasible, $"{path} must be feasible to be shown as chosen");
        var relabelled = stored with { Id = RecommendationIds.New(), Path = chosen, PathName = PathCatalog.Get(chosen).Name };
        await store.SaveAsync(relabelled, CancellationToken.None);
        using var fetched = await client.GetAsync(new Uri($"/api/recommendations/{relabelled.Id}", UriKind.Relative));
        return (relabelled.Id, await HttpAssert.JsonAsync(fetched, HttpStatusCode.OK));
    }

    /// <summary>GET /r/{id}: the response and its body parsed as XML (which fails on any malformed markup).</summary>
    public async Task<(HttpResponseMessage Response, XDocument Page)> PageAsync(string id)
    {
        var response = await client.GetAsync(new Uri($"/r/{id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /r/{id}: {(int)response.StatusCode}");
        return (response, Parse(html));
    }

    /// <summary>The page as XML; DOCTYPE is skipped, everything else must be well formed.</summary>
    public static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = true };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }
}
