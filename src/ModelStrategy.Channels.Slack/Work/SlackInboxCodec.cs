using System.Text;
using System.Text.Json;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Dialog;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Modal;
using ModelStrategy.Core.Inbox;

namespace ModelStrategy.Channels.Slack.Work;

/// <summary>
/// What a Slack inbox item holds: the kind of request ("events", "commands", "interactions") and its raw, verified
/// body, so the work can be read again after a restart exactly as the endpoint read it the first time.
/// </summary>
internal static class SlackInboxCodec
{
    public const string Events = "events";
    public const string Commands = "commands";
    public const string Interactions = "interactions";

    /// <summary>The work in <paramref name="item"/>, carrying its key, attempts and progress; null when it holds no work.</summary>
    public static SlackWork? Decode(InboxItem item, IBlockKitReader reader)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = Encoding.UTF8.GetBytes(item.Payload);
        var work = item.Kind switch
        {
            Events => Event(body),
            Commands => Command(body),
            Interactions => Interaction(body, reader),
            _ => null,
        };
        return work is null ? null : work with { InboxKey = item.Key, Attempts = item.Attempts, Progress = item.Progress, TeamId = SlackTeamId.Read(body) };
    }

    private static DialogMessageWork? Event(byte[] body)
    {
        using var document = SlackJson.ParseObject(body);
        return document is not null && SlackEventReader.Read(document.RootElement).Message is { } message
            ? new DialogMessageWork(message.Input, message.Place)
            : null;
    }

    private static SlackWork? Command(byte[] body)
    {
        if (SlashCommand.Read(FormBody.Parse(body)) is not { } command)
        {
            return null;
        }

        var intent = CommandIntent.Parse(command.Text);
        return intent switch
        {
            { Kind: CommandKind.Help } or { Kind: CommandKind.Quick, Text.Length: 0 } => null,
            { Kind: CommandKind.Quick } => new QuickWork(intent.Text, command.ResponseUrl),
            _ => CommandsEndpoint.OpenModal(command),
        };
    }

    private static SlackWork? Interaction(byte[] body, IBlockKitReader reader)
    {
        using var document = SlackJson.ParseInteraction(body);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        return root.String("type") switch
        {
            "block_actions" => reader.ReadAction(root) is { } action ? BlockActionReader.Read(root, action).Work : null,
            "view_submission" => Submission(root, reader),
            _ => null,
        };
    }

    private static ModalResultWork? Submission(JsonElement root, IBlockKitReader reader)
    {
        var read = ModalSubmission.Read(reader.ReadModal(root));
        return read.IsValid && ModalOrigin.FromMetadata(root.String("view", "private_metadata")) is { } origin
            ? new ModalResultWork(read.Constraints, read.Text, origin)
            : null;
    }
}
