using ModelStrategy.Core.Triage;

namespace ModelStrategy.Channels.Slack.Commands;

/// <summary>What <c>/modelstrategy …</c> asks for.</summary>
internal enum CommandKind
{
    /// <summary>No text (or "start", "form"): open the modal.</summary>
    Form,
    /// <summary>"help" or "?", or text that says nothing the triage parser understands.</summary>
    Help,
    /// <summary>"quick …", or free text the triage parser understands something from.</summary>
    Quick,
}

/// <summary>The command's kind and, for quick, the text to read.</summary>
internal sealed record CommandIntent(CommandKind Kind, string Text)
{
    private static readonly HashSet<string> FormWords = new(StringComparer.OrdinalIgnoreCase) { "", "start", "form", "new", "guided" };
    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "help", "?", "usage" };

    /// <summary>
    /// Reads the command text: a form word, a help word, "quick" followed by what the user knows, or other text, which
    /// is taken as quick when the triage parser understands something from it and answered with help otherwise.
    /// </summary>
    public static CommandIntent Parse(string text)
    {
        var trimmed = text.Trim();
        if (FormWords.Contains(trimmed))
        {
            return new(CommandKind.Form, string.Empty);
        }

        if (HelpWords.Contains(trimmed))
        {
            return new(CommandKind.Help, string.Empty);
        }

        if (trimmed.StartsWith("quick", StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == 5 || trimmed[5] is ' ' or ':' or ',' or '\n' or '\t' or '-'))
        {
            return new(CommandKind.Quick, trimmed[5..].TrimStart(':', ',', '-', ' ', '\n', '\t').Trim());
        }

        return TriageParser.Parse(trimmed).Understood.Count > 0 ? new(CommandKind.Quick, trimmed) : new(CommandKind.Help, trimmed);
    }
}
