using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>
/// POST /slack/commands (form), after <see cref="SlackRequestFilter"/>: read the command (400 when fields are missing)
/// → help and usage errors are answered in the response itself (ephemeral); the modal and quick triage are queued,
/// taken on once by trigger_id, and acknowledged with an empty 200.
/// </summary>
internal sealed class CommandsEndpoint(SlackDeliveries deliveries, BlockKitRenderer renderer, ILogger<CommandsEndpoint> logger)
{
    /// <summary>Slash commands in the inbox, read back by <see cref="WorkFor"/>.</summary>
    public static readonly SlackInboxKind Inbox = new("commands", body => SlashCommand.Read(FormBody.Parse(body)) is { } command ? WorkFor(command) : null);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var verified = VerifiedSlackRequest.Of(context);
        if (SlashCommand.Read(FormBody.Parse(verified.Body)) is not { } command)
        {
            Log.BadRequest(logger, context.Request.Path, "slash command without team, channel, user, command, response_url or trigger_id");
            return Results.BadRequest();
        }

        if (WorkFor(command) is { } work)
        {
            return await deliveries.AcceptAsync("slack:command:" + command.TriggerId, work, Inbox, verified, context.Request);
        }

        var intent = CommandIntent.Parse(command.Text);
        return Ephemeral(intent.Kind == CommandKind.Help
            ? CommandReplies.Help(command.Command, intent.Text.Length == 0 ? null : intent.Text)
            : CommandReplies.QuickWithoutText());
    }

    /// <summary>Slack's TLS probe: an unsigned form post whose only meaningful field is ssl_check=1.</summary>
    public static bool IsSslCheck(byte[] body) => FormBody.Parse(body).Value("ssl_check") == "1";

    /// <summary>The work a command asks for: the modal or quick triage; null for help and "quick" without text, which
    /// are answered at once.</summary>
    private static SlackWork? WorkFor(SlashCommand command) => CommandIntent.Parse(command.Text) switch
    {
        { Kind: CommandKind.Help } or { Kind: CommandKind.Quick, Text.Length: 0 } => null,
        { Kind: CommandKind.Quick } intent => new QuickWork(intent.Text, command.ResponseUrl, command.UserId),
        _ => new OpenModalWork(command.TriggerId, new ModalOrigin(command.ChannelId, command.UserId, command.ResponseUrl).ToMetadata(), command.ResponseUrl),
    };

    /// <summary>The synchronous answer to a command: a message only the user sees.</summary>
    private IResult Ephemeral(Card card)
    {
        var content = renderer.Render(card);
        var body = new JsonObject { ["response_type"] = "ephemeral", ["text"] = content.Text, ["blocks"] = content.Blocks.DeepClone() };
        return Results.Text(body.ToJsonString(), "application/json");
    }
}
