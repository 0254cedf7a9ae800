using ModelStrategy.Core.Cards;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>A typed command and what follows it ("quick launch in 6 weeks" → quick, "launch in 6 weeks").</summary>
internal sealed record TypedCommand(string Name, string Argument);

/// <summary>
/// Recognises typed commands. Words without an argument (back, skip, cancel, …) count only when they are the
/// whole message, so an answer such as "back office tickets" is not taken for "back".
/// </summary>
internal static class CommandParser
{
    private static readonly Dictionary<string, string> Bare = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = CardActionNames.Start, ["begin"] = CardActionNames.Start, ["guided"] = CardActionNames.Start,
        ["restart"] = CardActionNames.Restart, ["reset"] = CardActionNames.Restart, ["start over"] = CardActionNames.Restart,
        ["cancel"] = CardActionNames.Cancel, ["stop"] = CardActionNames.Cancel, ["quit"] = CardActionNames.Cancel,
        ["help"] = CardActionNames.Help, ["?"] = CardActionNames.Help,
        ["back"] = CardActionNames.Back, ["previous"] = CardActionNames.Back,
        ["skip"] = CardActionNames.Skip, ["history"] = CardActionNames.History, ["refine"] = CardActionNames.Refine,
        ["share"] = CardActionNames.Share, ["compare"] = CardActionNames.Compare, ["assumptions"] = CardActionNames.Assumptions,
        ["adjust"] = CardActionNames.Adjust, ["change"] = CardActionNames.Adjust, ["quick"] = CardActionNames.Quick,
        ["review"] = CardActionNames.ReviewLater, ["review later"] = CardActionNames.ReviewLater,
        ["reminders"] = CardActionNames.Reminders, ["reviews"] = CardActionNames.Reminders,
        ["outcome"] = CardActionNames.Outcome, ["how did it go"] = CardActionNames.Outcome, ["how did it go?"] = CardActionNames.Outcome,
    };

    private static readonly Dictionary<string, string> WithArgument = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quick"] = CardActionNames.Quick, ["adjust"] = CardActionNames.Adjust, ["change"] = CardActionNames.Adjust,
        ["review"] = CardActionNames.Review, ["remind"] = CardActionNames.Review,
        ["outcome"] = CardActionNames.Outcome,
    };

    public static TypedCommand? Parse(string text)
    {
        var trimmed = text.Trim().TrimStart('/').Trim().TrimEnd('.', '!');
        if (Bare.TryGetValue(trimmed, out var bare))
        {
            return new TypedCommand(bare, string.Empty);
        }

        var split = trimmed.IndexOfAny([' ', ':', ',', '\n', '\t']);
        if (split > 0 && WithArgument.TryGetValue(trimmed[..split], out var name))
        {
            return new TypedCommand(name, trimmed[(split + 1)..].TrimStart(':', ',', ' ', '-').Trim());
        }

        return null;
    }
}
