using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Outcomes;

/// <summary>
/// The outcome commands of a conversation: offer the paths, record the one taken, ask for and record what it took.
/// Only a recommendation in this conversation's history can be answered, so one team never writes to another's. The
/// answer is kept in the outcome store and, in words, on the history entry (the state the engine saves).
/// </summary>
internal sealed class OutcomeDesk(IOutcomeStore outcomes, IRecommendationStore recommendations, RecommendationService service)
{
    public async Task<(ConversationReply Reply, ConversationState State)> HandleAsync(OutcomeCommand command, ConversationState state,
        ConversationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = HistoryRecommendations.Named(command.RecommendationId, state);
        if (id is null || state.History.FirstOrDefault(h => h.RecommendationId == id) is not { } entry)
        {
            var text = id is null ? "There's no result here yet. Say start, or quick … with what you know." : "I can't find that recommendation here any more. Say history to see the recent ones.";
            return (Reply(TextCard.Of(text, TextKind.Notice), state), state);
        }

        var recommendation = await HistoryRecommendations.AsSeenAsync(entry, recommendations, service, cancellationToken).ConfigureAwait(false);
        var (card, next) = command.Kind switch
        {
            OutcomeCommandKind.OfferPaths => (await OfferAsync(recommendation, cancellationToken).ConfigureAwait(false), state),
            OutcomeCommandKind.Choose => await ChooseAsync(command, recommendation, state, input, now, cancellationToken).ConfigureAwait(false),
            OutcomeCommandKind.AskFigures => (await AskAsync(recommendation, cancellationToken).ConfigureAwait(false), state),
            _ => await ReportAsync(command, recommendation, state, input, now, cancellationToken).ConfigureAwait(false),
        };
        return (Reply(card, state), next);
    }

    private async Task<TextCard> OfferAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        var recorded = (await outcomes.GetAsync(recommendation.Id, cancellationToken).ConfigureAwait(false))?.Choice;
        var text = "Which path did your team go with? Pick the one you actually took, even if it isn't the one I recommended (or type went with and its name)."
            + (recorded is null ? string.Empty : $"\nSo far: {recorded.ByName} said you went with {recorded.PathName}. Picking again replaces it.");
        return new TextCard(text, TextKind.Info, PathButtons(recommendation));
    }

    private async Task<(Card, ConversationState)> ChooseAsync(OutcomeCommand command, Recommendation recommendation, ConversationState state,
        ConversationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = PathNames.Read(command.Path ?? string.Empty, recommendation.Path);
        if (path is not { } taken || Estimate(recommendation, taken) is not { } estimate)
        {
            return (new TextCard(
                "That isn't one of the paths I compared for this result. Pick one of these (the recommended one first):",
                TextKind.Notice, PathButtons(recommendation)), state);
        }

        var choice = new OutcomeChoice(taken, PathCatalog.Get(taken).Name, recommendation.Path, recommendation.PathName, recommendation.CreatedAt,
            estimate, recommendation.Prices?.Version, recommendation.Prices?.AsOf, input.Actor.Name, now);
        await outcomes.SaveChoiceAsync(recommendation.Id, Audience.Of(input.Key), choice, cancellationToken).ConfigureAwait(false);
        var which = choice.TookRecommended ? $"{choice.PathName}, the path I recommended" : $"{choice.PathName} instead of {recommendation.PathName}, the one I recommended";
        var card = new TextCard(
            $"Noted: you went with {which}.\nI estimated {OutcomeWords.Estimate(estimate)} for it. Once it has launched, tell me about how long it took and what it cost: "
            + "that is how these estimates get checked against what really happens.",
            TextKind.Info, [new CardAction(CardActionNames.Outcome, "How did it go?", Id(recommendation.Id), Primary: true)]);
        return (card, Annotate(state, recommendation.Id, OutcomeWords.Chose(choice)));
    }

    private async Task<Card> AskAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        if ((await outcomes.GetAsync(recommendation.Id, cancellationToken).ConfigureAwait(false))?.Choice is not { } choice)
        {
            return ChooseFirst(recommendation, null);
        }

        return Form(recommendation.Id, choice, null, null, null);
    }

    private async Task<(Card, ConversationState)> ReportAsync(OutcomeCommand command, Recommendation recommendation, ConversationState state,
        ConversationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = command.Sentence is { } sentence ? OutcomeFigures.ReadSentence(sentence) : OutcomeFigures.Read(command.Weeks, command.Cost);
        var choice = (await outcomes.GetAsync(recommendation.Id, cancellationToken).ConfigureAwait(false))?.Choice;
        if (choice is null)
        {
            return (ChooseFirst(recommendation, figures), state);
        }

        if (figures.Errors.Count > 0)
        {
            // The form again, holding what was typed, so nothing is lost.
            var weeks = command.Sentence is null ? command.Weeks : figures.Weeks?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cost = command.Sentence is null ? command.Cost : figures.CostUsd?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (Form(recommendation.Id, choice, figures.Errors, weeks, cost), state);
        }

        var actuals = new OutcomeActuals(figures.Weeks!.Value, figures.CostUsd!.Value, input.Actor.Name, now);
        if (!await outcomes.SaveActualsAsync(recommendation.Id, actuals, cancellationToken).ConfigureAwait(false))
        {
            return (ChooseFirst(recommendation, figures), state);
        }

        var card = new TextCard(
            $"Thanks, saved: {choice.PathName} took {OutcomeFigures.Describe(actuals.Weeks, actuals.CostUsd)}.\n"
            + $"I had estimated {OutcomeWords.Estimate(choice.Estimate)}. {OutcomeWords.Compared(choice.Estimate, actuals)}",
            TextKind.Info, [new CardAction(CardActionNames.Outcome, "Change what it took", Id(recommendation.Id))]);
        return (card, Annotate(state, recommendation.Id, OutcomeWords.Chose(choice) + " · took " + OutcomeFigures.Describe(actuals.Weeks, actuals.CostUsd)));
    }

    /// <summary>Asks for the choice before the figures; repeats figures already given so they need not be remembered.</summary>
    private static TextCard ChooseFirst(Recommendation recommendation, OutcomeFigures? given)
    {
        var said = given is { Weeks: { } w, CostUsd: { } c } ? $" (you said it took {OutcomeFigures.Describe(w, c)}: tell me that again once the path is set)" : string.Empty;
        return new TextCard($"First tell me which path you went with{said}.", TextKind.Notice,
            [new CardAction(CardActionNames.WentWith, "We went with…", Id(recommendation.Id), Primary: true)]);
    }

    private static TextCard Form(string recommendationId, OutcomeChoice choice, IReadOnlyList<string>? errors, string? weeks, string? cost)
    {
        var intro = errors is null
            ? $"How did it go with {choice.PathName}? Rough numbers are fine: about how many weeks from the start to launch, and about what it cost in US dollars (people and compute). "
              + $"I had estimated {OutcomeWords.Estimate(choice.Estimate)}."
            : "I couldn't save that yet:\n" + string.Join('\n', errors.Select(e => "• " + e)) + "\nFix it below and click Save.";
        return new TextCard(intro, errors is null ? TextKind.Info : TextKind.Notice,
            [new CardAction(CardActionNames.Outcome, "Save", new Dictionary<string, string>(Id(recommendationId)) { [CardActionNames.SubmitKey] = "1" }, Primary: true)])
        {
            Fields =
            [
                new FormField(CardActionNames.WeeksKey, "Weeks to launch, about", "e.g. 10", Fit(weeks)),
                new FormField(CardActionNames.CostKey, "Cost in US dollars, about", "e.g. 40000 or 40k", Fit(cost)),
            ],
        };
    }

    /// <summary>
    /// The recommended path first, then the best alternatives, each a button that records it: six at most (a row of
    /// Teams buttons); the others are typed ("went with full fine-tuning").
    /// </summary>
    private static CardAction[] PathButtons(Recommendation recommendation) =>
    [
        new CardAction(CardActionNames.WentWith, PathCatalog.Get(recommendation.Path).ShortName + " (recommended)", Choice(recommendation.Id, recommendation.Path), Primary: true),
        .. recommendation.Alternatives.Take(MaxPathButtons - 1).Select(a => new CardAction(CardActionNames.WentWith, PathCatalog.Get(a.Path).ShortName, Choice(recommendation.Id, a.Path))),
    ];

    private const int MaxPathButtons = 6;

    /// <summary>The estimate for <paramref name="path"/>: the full range for the recommended path, the most likely values for an alternative; null for a path not compared.</summary>
    private static OutcomeEstimate? Estimate(Recommendation r, PathId path) =>
        path == r.Path
            ? new OutcomeEstimate(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90, r.Cost.P10, r.Cost.P50, r.Cost.P90)
            : r.Alternatives.FirstOrDefault(a => a.Path == path) is { } a
                ? new OutcomeEstimate(null, a.TimelineP50Weeks, null, null, a.CostP50Usd, null)
                : null;

    private static ConversationState Annotate(ConversationState state, string recommendationId, string words) =>
        state with { History = [.. state.History.Select(h => h.RecommendationId == recommendationId ? h with { Outcome = words } : h)] };

    private static ConversationReply Reply(Card card, ConversationState state) => new([card], ReplyDelivery.NewMessage, state.Dialog?.DialogId);

    private static Dictionary<string, string> Id(string recommendationId) => new() { [CardActionNames.RecommendationKey] = recommendationId };

    private static Dictionary<string, string> Choice(string recommendationId, PathId path) =>
        new() { [CardActionNames.RecommendationKey] = recommendationId, [CardActionNames.PathKey] = WireName.Of(path) };

    private static string? Fit(string? value) => value is null ? null : value.Trim() is { Length: > FormField.MaxLength } long_ ? long_[..FormField.MaxLength] : value.Trim();
}
