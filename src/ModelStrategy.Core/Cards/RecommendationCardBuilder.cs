using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Cards;

/// <summary>Builds the neutral cards that show a recommendation.</summary>
internal static class RecommendationCardBuilder
{
    public static string ReportPath(string recommendationId) => ReportPaths.Page(recommendationId);

    /// <summary>The result card; <paramref name="actions"/> empty and <paramref name="context"/> null make a standalone (shared) card.</summary>
    public static RecommendationCard Build(Recommendation r, CardContext? context, IReadOnlyList<CardAction> actions, string? notice = null) => new()
    {
        Context = context,
        RecommendationId = r.Id,
        Path = r.Path,
        PathName = r.PathName,
        Confidence = r.Confidence,
        ConfidenceLevel = r.ConfidenceLevel,
        Decisive = [.. r.Decisive.Take(DecisiveAssumptions.MaxShown).Select(d => new DecisiveLine(d.Line, context is null ? null : AnswerButton(d)))],
        Why = [.. r.Rationale.Take(3)],
        Pros = r.Pros,
        Cons = r.Cons,
        Cost = Range(r.Cost.P10, r.Cost.P50, r.Cost.P90, r.Cost.References, Display.MoneyRange),
        Timeline = Range(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90, r.TimelineWeeks.References, Display.DurationRange),
        Scores = Bars(r),
        Alternatives = Alternatives(r),
        WhatWouldChange = [.. r.FlipConditions.Select(f => f.Description)],
        Assumptions = Assumptions(r, [.. r.Decisive.Take(DecisiveAssumptions.MaxShown).Select(d => d.Field)]),
        Prices = r.Prices?.Line,
        Understood = [.. r.Understood.Select(u => Understood(FieldDisplay.Pair(u.Field, u.Value), u.Phrase))],
        ReportPath = ReportPath(r.Id),
        Actions = actions,
        Notice = notice,
    };

    /// <summary>"labelled examples 2,000 ("2000 labeled examples")"; the words alone when they already say it ("budget $2M").</summary>
    private static string Understood(string pair, string phrase) =>
        pair.Contains(phrase, StringComparison.OrdinalIgnoreCase) ? pair : $"{pair} (\"{phrase}\")";

    /// <summary>The button that gives <paramref name="d"/>'s other value and recomputes.</summary>
    private static CardAction AnswerButton(DecisiveAssumption d) => new(CardActionNames.Adjust, AssumptionWords.Button(d.Field, d.Alternative),
        new Dictionary<string, string> { [CardActionNames.FieldKey] = d.Field, [CardActionNames.ValueKey] = d.Alternative });

    public static ComparisonCard Comparison(Recommendation r) => new(r.Id, r.PathName, Bars(r), Alternatives(r)) { Prices = r.Prices?.Line };

    public static AssumptionsCard AssumptionsOnly(Recommendation r) => new(r.Id, Assumptions(r, [])) { Prices = r.Prices?.Line };

    public static string Summary(Recommendation r) =>
        $"{Display.MoneyRange(r.Cost.P10, r.Cost.P50, r.Cost.P90)} · {Display.DurationRange(r.TimelineWeeks.P10, r.TimelineWeeks.P50, r.TimelineWeeks.P90)}";

    private static EstimateRange Range(double p10, double p50, double p90, IReadOnlyList<ReferenceRange> references, Func<double, double, double, string> text) =>
        new(text(p10, p50, p90), p10, p50, p90, [.. references.Select(x => x.Note)], references.Any(x => !x.Agrees));

    private static ScoreBar[] Bars(Recommendation r) =>
        [.. r.Paths.OrderBy(p => p.Path).Select(p => new ScoreBar(p.Path, PathCatalog.Get(p.Path).ShortName, p.Score, p.Feasible, p.Path == r.Path))];

    private static AlternativeLine[] Alternatives(Recommendation r) =>
        [.. r.Alternatives.Select(a => new AlternativeLine(a.Path, a.Name, a.Score, a.WhyNot, Display.Money(a.CostP50Usd), Display.Duration(a.TimelineP50Weeks)))];

    /// <summary>The typical values used, except those already shown first as <paramref name="shownFirst"/>, then the figures.</summary>
    private static AssumptionLine[] Assumptions(Recommendation r, IReadOnlyCollection<string> shownFirst) =>
    [
        .. r.Defaults.Where(d => !shownFirst.Contains(d.Field)).Select(d => new AssumptionLine(d.Field, d.Value, "typical: " + d.Reason, Defaulted: true)),
        .. r.Assumptions.Select(a => new AssumptionLine(a.Name, $"{Display.Figure(a.Value)} {a.Unit}", $"{a.Source} ({a.AsOf})", Defaulted: false)),
    ];
}
