using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>The fixed replies of the slash command.</summary>
internal static class CommandReplies
{
    public const string Example = "/modelstrategy quick launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k";

    public static TextCard Help(string command, string? notUnderstood)
    {
        var intro = string.IsNullOrEmpty(notUnderstood)
            ? "I help you decide how to build an AI feature: prompting, RAG, fine-tuning, continued pretraining or training from scratch."
            : $"I couldn't read anything about your project from \"{notUnderstood}\". Here is what I can do:";
        return new TextCard($"""
            {intro}
            • {command}: a form with the questions; the result is posted here
            • {command} quick …: an answer at once from what you type, only for you, with a Share button, e.g. "{Example}"
            • {command} help: this message
            • Mention me in a channel for a guided dialog in a thread, or send me a direct message
            """, TextKind.Help, []);
    }

    public static ErrorCard QuickWithoutText() => new("Tell me what you know after \"quick\".", Example);

    public static TextCard FormDidNotOpen() =>
        TextCard.Of("I couldn't open the form in time. Please run the command again, or use quick with what you know.", TextKind.Notice);

    public static TextCard GoneMissing() =>
        TextCard.Of("I can't find that recommendation any more. Run the command again to get a fresh one.", TextKind.Notice);
}
