using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// "Details" (or "Hide details") clicked on a compact card: send it again through <paramref name="ResponseUrl"/> with
/// the details shown (<paramref name="Show"/>) or hidden; <paramref name="Preview"/> for a card only its asker sees,
/// which keeps its Share button.
/// </summary>
internal sealed record DetailsWork(string RecommendationId, bool Show, bool Preview, string ResponseUrl) : SlackWork
{
    public override string Partition => ResponseUrl;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<DetailsHandler>(services).HandleAsync(this, cancellationToken);
}
