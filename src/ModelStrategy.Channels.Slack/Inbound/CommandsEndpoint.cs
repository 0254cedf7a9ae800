using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Modal;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// POST /slack/commands (form): verify → read the command (400 when fields are missing) → help and usage errors are
/// answered in the response itself (ephemeral); the modal and quick triage are queued, taken on once by trigger_id,
/// and acknowledged with an empty 200. Slack's unsigned <c>ssl_check=1</c> probe gets an empty 200 and nothing else.
/// </summary>
internal sealed class CommandsEndpoint(SlackRequestGate gate, SlackDeliveries deliveries, IBlockKitRenderer renderer, ILogger<CommandsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var passed = await gate.PassAsync(context, SlackRequestGate.Form);
        if (!passed.Passed)
        {
            return IsSslCheck(passed) ? Results.Ok() : passed.Refusal!;
        }

        using var scope = gate.Scope(context.Request, passed);

        if (SlashCommand.Read(FormBody.Parse(passed.Body!)) is not { } command)
        {
            Log.BadRequest(logger, context.Request.Path, "slash command without team, channel, user, command, response_url or trigger_id");
            return Results.BadRequest();
        }

        var intent = CommandIntent.Parse(command.Text);
        var key = "slack:command:" + command.TriggerId;
        return intent switch
        {
            { Kind: CommandKind.Help } => Ephemeral(CommandReplies.Help(command.Command, intent.Text.Length == 0 ? null : intent.Text)),
            { Kind: CommandKind.Quick, Text.Length: 0 } => Ephemeral(CommandReplies.QuickWithoutText()),
            { Kind: CommandKind.Quick } => await deliveries.AcceptAsync(key, new QuickWork(intent.Text, command.ResponseUrl), SlackInboxCodec.Commands, passed.Body!, context.Request),
            _ => await deliveries.AcceptAsync(key, OpenModal(command), SlackInboxCodec.Commands, passed.Body!, context.Request),
        };
    }

    /// <summary>The work of a command that opens the modal (also read back from the inbox).</summary>
    public static OpenModalWork OpenModal(SlashCommand command) =>
        new(command.TriggerId, new ModalOrigin(command.ChannelId, command.UserId, command.ResponseUrl).ToMetadata(), command.ResponseUrl);

    /// <summary>The synchronous answer to a command: a message only the user sees.</summary>
    private IResult Ephemeral(Card card)
    {
        var content = renderer.Render(card);
        var body = new JsonObject { ["response_type"] = "ephemeral", ["text"] = content.Text, ["blocks"] = content.Blocks.DeepClone() };
        return Results.Text(body.ToJsonString(), "application/json");
    }

    /// <summary>Slack's TLS probe: an unsigned form post whose only meaningful field is ssl_check=1.</summary>
    private static bool IsSslCheck(GateResult gated) =>
        gated.Check == Verification.SignatureCheck.MissingHeaders && gated.Body is { } body && FormBody.Parse(body).Value("ssl_check") == "1";
}
