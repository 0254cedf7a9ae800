using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>
/// "Recent recommendations" (a search command, <c>composeExtension/query</c>): the newest recommendations of the tenant
/// the asker is in (the members who may read them in full, as the report pages decide), optionally those whose path or
/// project words contain the search text; picking one inserts its compact card into the compose box.
/// </summary>
internal sealed class RecentRecommendationsHandler(IRecommendationStore store, IAdaptiveCardRenderer renderer, ILogger<RecentRecommendationsHandler> logger)
    : IInvokeHandler
{
    /// <summary>The command's id in the app manifest.</summary>
    public const string CommandId = "recentRecommendations";

    /// <summary>The search box's parameter name in the app manifest.</summary>
    public const string SearchParameter = "searchText";

    /// <summary>Results per page when Teams asks for none (its default page is 25).</summary>
    public const int PageSize = 25;

    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var value = activity.Value as JsonObject;
        if (JsonText.At(value, "commandId") != CommandId)
        {
            return ComposeExtensionResponses.Message("I don't know that command. Update the ModelStrategy app and try again.");
        }

        if (ActivityMapper.Tenant(activity) is not { Length: > 0 } tenant)
        {
            return ComposeExtensionResponses.Message("I can list recommendations only inside a Microsoft Teams organisation.");
        }

        var search = Search(value);
        var recent = await store.RecentAsync(new Audience(Audience.Entra, tenant), null, IRecommendationStore.MaxRecent, cancellationToken);
        var page = recent.Where(r => Matches(r, search)).Skip(Number(value, "skip", 0, IRecommendationStore.MaxRecent))
            .Take(Number(value, "count", PageSize, PageSize, min: 1)).ToList();
        Log.MessageExtension(logger, CommandId, page.Count == 0 ? "no results" : "results");
        if (page.Count == 0 && recent.Count == 0)
        {
            return ComposeExtensionResponses.Message("No recommendations in your organisation yet. Mention ModelStrategy in a chat or channel to make one.");
        }

        return ComposeExtensionResponses.Result(page.Select(r =>
        {
            var card = RecommendationCards.Compact(r);
            return new ResultCard(renderer.Render(card), card.PathName,
                $"{card.Cost.Text} · {card.Timeline.Text} · {r.CreatedAt.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture)}");
        }));
    }

    /// <summary>The search box's text; empty on the first run (<c>initialRun</c>) or when nothing is typed.</summary>
    private static string Search(JsonObject? value) =>
        (value?["parameters"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(p => JsonText.At(p, "name") == SearchParameter).Select(p => JsonText.At(p, "value")?.Trim()).FirstOrDefault() ?? string.Empty;

    private static bool Matches(Recommendation r, string search) =>
        search.Length == 0
        || new[] { r.PathName, PathCatalog.Get(r.Path).ShortName, r.Constraints.UseCase, r.Text }
            .Any(text => text?.Contains(search, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A whole number of <c>queryOptions</c>, within its bounds; <paramref name="fallback"/> when absent or not a number.</summary>
    private static int Number(JsonObject? value, string name, int fallback, int max, int min = 0) =>
        (value?["queryOptions"] as JsonObject)?[name] is JsonValue n && n.TryGetValue(out int number) ? Math.Clamp(number, min, max) : fallback;
}
