using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Outbound;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>views.open of the modal; when Slack refuses (e.g. an expired trigger), an ephemeral note tells the user when there is a response_url (a shortcut has none: the refusal is logged).</summary>
internal sealed class OpenModalHandler(ISlackApiClient api, SlackReplySender sender)
{
    public async Task HandleAsync(OpenModalWork work, CancellationToken cancellationToken)
    {
        var view = ModalView.Render(work.PrivateMetadata);
        if (!await sender.GuardAsync(SlackMethods.OpenView, () => api.OpenViewAsync(work.TriggerId, view, cancellationToken)) && work.ResponseUrl is not null)
        {
            await sender.RespondAsync(work.ResponseUrl, CommandReplies.FormDidNotOpen(), inChannel: false, cancellationToken);
        }
    }
}
