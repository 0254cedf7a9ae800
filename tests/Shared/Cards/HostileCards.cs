using ModelStrategy.Core.Cards;

namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>
/// Text a user could type, or use as a display name, that would be markup if a card rendered it as such: a link
/// dressed as a bot instruction, emphasis, a heading, lists, HTML, code, a quote and a table row. The cards come from
/// the real engine (answers, commands, names and quick triage as a user would send them) and, for every card kind, a
/// sample with the text in every field.
/// </summary>
internal static class HostileCards
{
    public const string Link = "[Sign in again](https://evil.example/login)";
    public const string Emphasis = "**urgent** _now_ ~~gone~~ `code`";
    public const string Heading = "# Heads up";
    public const string Lists = "- one\n1. two";
    public const string Html = "<b>bold</b> <img src=x onerror=alert(1)> &amp;";
    public const string Quote = "> quoted | pipe \\*";

    /// <summary>Every hostile text.</summary>
    public static IReadOnlyList<string> Texts { get; } = [Link, Emphasis, Heading, Lists, Html, Quote];

    /// <summary>Cards the engine makes when hostile text arrives as answers, commands, a display name or quick text.</summary>
    public static async Task<IReadOnlyDictionary<string, Card>> FromEngineAsync()
    {
        var cards = new Dictionary<string, Card>();
        for (var i = 0; i < Texts.Count; i++)
        {
            var text = Texts[i];
            var dialog = CardSamples.Dialog("user" + i, text);
            await dialog.SayAsync("start");
            cards[$"typed-answer-{i}"] = await dialog.SayAsync(text);
            cards[$"display-name-{i}"] = await dialog.AnswerFirstChoicesAsync();
            cards[$"unknown-command-{i}"] = await dialog.ClickAsync(text);
            cards[$"quick-{i}"] = await dialog.SayAsync("quick: launch in 6 weeks " + text + " budget 40k");
            cards[$"adjust-{i}"] = await dialog.SayAsync("adjust " + text);
            cards[$"history-{i}"] = await dialog.SayAsync("history");
        }

        return cards;
    }

    /// <summary>One card of each kind with <paramref name="text"/> in every text field.</summary>
    public static IReadOnlyDictionary<string, Card> EveryKind(string text, IReadOnlyDictionary<string, Card> samples)
    {
        var question = (QuestionCard)samples["question-two-inputs"];
        var result = (RecommendationCard)samples["result-quick"];
        return new Dictionary<string, Card>
        {
            ["question"] = question with
            {
                Title = text, WhyWeAsk = text, TypedHint = text, Notice = text, LastAnswer = text,
                Inputs = [.. question.Inputs.Select(x => x with { Label = text, Choices = [.. x.Choices.Select(c => c with { Title = text })] })],
            },
            ["recommendation"] = result with
            {
                Notice = text, PathName = text, ConfidenceLevel = text, Why = [text], Pros = [text], Cons = [text],
                Cost = result.Cost with { Text = text, References = [text] }, Timeline = result.Timeline with { Text = text, References = [text] },
                Scores = [.. result.Scores.Select(s => s with { Name = text })],
                Alternatives = [.. result.Alternatives.Select(a => a with { Name = text, WhyNot = text, Cost = text, Timeline = text })],
                WhatWouldChange = [text], Assumptions = [new AssumptionLine(text, text, text, true), new AssumptionLine(text, text, text, false)],
                Understood = [text],
            },
            ["compact"] = CompactRecommendationCard.From(result with
            {
                PathName = text, ConfidenceLevel = text, Why = [text], Pros = [text, text, text, text], Cons = [text, text, text, text],
                Decisive = [new DecisiveLine(text, null)],
                Cost = result.Cost with { Text = text, References = [text] }, Timeline = result.Timeline with { Text = text, References = [text] },
                Scores = [.. result.Scores.Select(s => s with { Name = text })],
                Alternatives = [.. result.Alternatives.Select(a => a with { Name = text, WhyNot = text, Cost = text, Timeline = text })],
                WhatWouldChange = [text], Assumptions = [new AssumptionLine(text, text, text, true), new AssumptionLine(text, text, text, false)],
                Understood = [text], Prices = text,
            }) with { Expanded = true },
            ["comparison"] = new ComparisonCard(result.RecommendationId, text, [.. result.Scores.Select(s => s with { Name = text })],
                [.. result.Alternatives.Select(a => a with { Name = text, WhyNot = text, Cost = text, Timeline = text })]),
            ["assumptions"] = new AssumptionsCard(result.RecommendationId, [new AssumptionLine(text, text, text, true), new AssumptionLine(text, text, text, false)]),
            ["review"] = ((ReviewCard)samples["review-due-changed"]) with
            {
                Title = text, Intro = text, Verdict = text, Changes = [new ReviewChange(text, text, text, true), new ReviewChange(text, text, text, false)],
                PriceChanges = [text], Prices = text, Questions = [text],
            },
            ["history"] = new HistoryCard([new HistoryLine(result.RecommendationId, result.Path, text, text, DateTimeOffset.UnixEpoch, text, result.ReportPath)]),
            ["text"] = TextCard.Of(text),
            ["notice"] = TextCard.Of(text, TextKind.Notice),
            ["help"] = new TextCard(text, TextKind.Help, []),
            ["error"] = new ErrorCard(text, text),
        };
    }
}
