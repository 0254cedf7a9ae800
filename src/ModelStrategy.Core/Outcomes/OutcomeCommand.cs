using System.Text.RegularExpressions;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Outcomes;

/// <summary>What an outcome command asks for.</summary>
internal enum OutcomeCommandKind
{
    /// <summary>"We went with…" without a path: offer the paths.</summary>
    OfferPaths,

    /// <summary>"We went with RAG": record the choice.</summary>
    Choose,

    /// <summary>"How did it go?" without figures: ask for weeks and cost.</summary>
    AskFigures,

    /// <summary>"outcome 10 weeks, $40k" or the form's submit: record what it took.</summary>
    Report,
}

/// <summary>
/// An outcome command, clicked ("We went with…", a path, "How did it go?", the form's Save) or typed ("went with rag",
/// "outcome 10 weeks, $40k"), with the recommendation and the answers it carries.
/// </summary>
internal sealed partial record OutcomeCommand(OutcomeCommandKind Kind, string? RecommendationId = null, string? Path = null,
    string? Weeks = null, string? Cost = null, string? Sentence = null)
{
    /// <summary>The outcome command <paramref name="input"/> carries; null for any other input.</summary>
    public static OutcomeCommand? From(ConversationInput input)
    {
        switch (input)
        {
            case TextMessageInput text when WentWith().Match(text.Text) is { Success: true } went:
                return went.Groups["path"].Value.Trim() is { Length: > 0 } path ? new(OutcomeCommandKind.Choose, Path: path) : new(OutcomeCommandKind.OfferPaths);
            case TextMessageInput text when CommandParser.Parse(text.Text) is { Name: CardActionNames.Outcome } typed:
                return typed.Argument.Length > 0 ? new(OutcomeCommandKind.Report, Sentence: typed.Argument) : new(OutcomeCommandKind.AskFigures);
            case CardActionInput click:
                var id = click.Values.GetValueOrDefault(CardActionNames.RecommendationKey);
                return click.Action.Trim().ToLowerInvariant() switch
                {
                    CardActionNames.WentWith => click.Values.GetValueOrDefault(CardActionNames.PathKey) is { Length: > 0 } picked
                        ? new(OutcomeCommandKind.Choose, id, picked)
                        : new(OutcomeCommandKind.OfferPaths, id),
                    CardActionNames.Outcome => click.Values.ContainsKey(CardActionNames.SubmitKey) || click.Values.ContainsKey(CardActionNames.WeeksKey) || click.Values.ContainsKey(CardActionNames.CostKey)
                        ? new(OutcomeCommandKind.Report, id, Weeks: click.Values.GetValueOrDefault(CardActionNames.WeeksKey), Cost: click.Values.GetValueOrDefault(CardActionNames.CostKey))
                        : new(OutcomeCommandKind.AskFigures, id),
                    _ => null,
                };
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^\s*/?\s*(?:we\s+)?went\s+with\b[\s:,-]*(?<path>.*?)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex WentWith();
}
