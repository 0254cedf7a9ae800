using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Outbound;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>
/// Publishes the Home tab of the person who opened it (views.publish): "New recommendation", their own recent
/// recommendations in this workspace and the workspace's. Only this workspace's recommendations are listed.
/// </summary>
internal sealed class HomeHandler(IRecommendationStore store, ReportLinks links, ISlackApiClient api, SlackReplySender sender)
{
    public async Task HandleAsync(HomeWork work, CancellationToken cancellationToken)
    {
        if (work.TeamId is not { Length: > 0 } team)
        {
            return;
        }

        var audience = new Audience(Audience.Slack, team);
        var mine = await store.RecentAsync(audience, work.UserId, HomeView.PerList, cancellationToken);
        var everyone = await store.RecentAsync(audience, null, HomeView.PerList, cancellationToken);
        var view = HomeView.Render(mine, everyone, links);
        await sender.GuardAsync(SlackMethods.PublishView, () => api.PublishViewAsync(work.UserId, view, cancellationToken));
    }
}
