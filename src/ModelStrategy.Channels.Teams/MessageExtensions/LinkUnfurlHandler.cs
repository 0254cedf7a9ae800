using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Outbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Teams.MessageExtensions;

/// <summary>
/// Link unfurling (<c>composeExtension/queryLink</c>): a report link of this host pasted in Teams becomes the compact card
/// (Adaptive Card 1.3, as unfurling requires), but only inside the tenant the recommendation belongs to. Anything else
/// (another tenant, an unknown, expired or malformed id, another address, and every anonymous request) gets the empty
/// result: the link stays a plain link, and nothing tells whether the recommendation exists.
/// </summary>
internal sealed class LinkUnfurlHandler(IRecommendationStore store, IAdaptiveCardRenderer renderer, IOptions<PublicUrlOptions> options, ILogger<LinkUnfurlHandler> logger)
    : IInvokeHandler
{
    private readonly Uri? _baseUrl = options.Value.BaseUri;

    public async Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Name == ActivityTypes.QueryLink ? ReportPaths.IdOfUrl(JsonText.At(activity.Value as System.Text.Json.Nodes.JsonObject, "url"), _baseUrl) : null;
        var recommendation = id is not null && RecommendationIds.IsWellFormed(id) ? await store.GetAsync(id, cancellationToken) : null;
        var tenant = ActivityMapper.Tenant(activity);
        if (recommendation is null || tenant is null || recommendation.Audience?.Admits(new Audience(Audience.Entra, tenant)) != true)
        {
            Log.UnfurlRefused(logger);
            return ComposeExtensionResponses.Nothing();
        }

        var card = RecommendationCards.Compact(recommendation);
        return ComposeExtensionResponses.Result([new ResultCard(renderer.Render(card), card.PathName, $"{card.Cost.Text} · {card.Timeline.Text}")]);
    }
}
