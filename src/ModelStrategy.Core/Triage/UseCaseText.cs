using System.Text;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The free text as a use-case description: a leading "quick" command word dropped, whitespace and control
/// characters collapsed to single spaces, unpaired surrogates replaced, and at most 500 characters kept
/// (never splitting a surrogate pair). Null when nothing is left.
/// </summary>
internal static class UseCaseText
{
    /// <summary>The cleaned description, or null.</summary>
    public static string? From(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, Constraints.ConstraintsValidator.MaxUseCaseLength + 1));
        var pendingSpace = false;
        for (var i = 0; i < text.Length && builder.Length < Constraints.ConstraintsValidator.MaxUseCaseLength; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > Constraints.ConstraintsValidator.MaxUseCaseLength)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        var result = StripCommand(builder.ToString().TrimEnd());
        return result.Length == 0 ? null : result;
    }

    private static string StripCommand(string text)
    {
        const string Command = "quick";
        if (!text.StartsWith(Command, StringComparison.OrdinalIgnoreCase)
            || (text.Length > Command.Length && char.IsLetterOrDigit(text[Command.Length])))
        {
            return text;
        }

        return text[Command.Length..].TrimStart(':', '-', '–', ' ');
    }
}
