using System.Globalization;
using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;
using static ModelStrategy.Channels.Slack.Blocks.BlockElements;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// The app's Home tab (a <c>home</c> view for views.publish): what the app does, "New recommendation" (which opens the
/// modal, <see cref="NewRecommendationActionId"/>), then the person's own recent recommendations and the workspace's,
/// each with its path, cost, timeline and date, and a button to its full report when the host has a public address.
/// </summary>
internal static class HomeView
{
    /// <summary>The action_id of "New recommendation": a click on it opens the modal.</summary>
    public const string NewRecommendationActionId = ActionCodec.Prefix + "home_new";

    /// <summary>The view's callback_id.</summary>
    public const string CallbackId = "modelstrategy_home";

    /// <summary>How many recommendations each list shows (two lists stay well under the 100 blocks of a view).</summary>
    public const int PerList = 10;

    /// <summary>The button's title.</summary>
    public const string NewTitle = "New recommendation";

    public static JsonObject Render(IReadOnlyList<Recommendation> mine, IReadOnlyList<Recommendation> everyone, ReportLinks links)
    {
        List<JsonObject> blocks =
        [
            Header("ModelStrategy"),
            Section("I recommend how to build an AI feature: prompting, retrieval (RAG), LoRA, fine-tuning, continued pretraining or training from scratch, with cost and timeline. " +
                "Answer a few questions here, mention me in a channel, or use the *Triage this message* shortcut on any message."),
            Actions([Button(NewTitle, NewRecommendationActionId, "new", "primary")]),
            Divider(),
            .. List("Your recent recommendations", "mine", mine, links, "You have no recommendations in this workspace yet."),
            Divider(),
            .. List("Recent in this workspace", "team", everyone, links, "Nobody in this workspace has made a recommendation yet."),
        ];
        return new JsonObject
        {
            ["type"] = "home",
            ["callback_id"] = CallbackId,
            ["blocks"] = new JsonArray([.. blocks.Take(BlockKitLimits.ModalBlocks)]),
        };
    }

    private static IEnumerable<JsonObject> List(string title, string key, IReadOnlyList<Recommendation> recommendations, ReportLinks links, string empty)
    {
        yield return Header(title);
        if (recommendations.Count == 0)
        {
            yield return Context(Mrkdwn.Escape(empty));
            yield break;
        }

        var button = 0;
        foreach (var recommendation in recommendations.Take(PerList))
        {
            var card = RecommendationCards.Compact(recommendation);
            var when = recommendation.CreatedAt.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture);
            var text = $"*{Mrkdwn.Escape(card.PathName)}* ({Mrkdwn.Escape(card.ConfidenceLevel)} confidence)\n{Mrkdwn.Escape(card.Cost.Text)} · {Mrkdwn.Escape(card.Timeline.Text)} · {when}";
            var report = BlockKitLimits.ButtonLink(links.Report(card.ReportPath)) is { } url
                ? LinkButton("Open report", $"{ActionCodec.LinkPrefix}home.{key}.{++button}", url)
                : null;
            yield return Section(Mrkdwn.Fit(text, BlockKitLimits.SectionText), report);
        }
    }
}
