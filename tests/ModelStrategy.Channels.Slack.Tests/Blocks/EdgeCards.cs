using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>Cards beyond what the engine makes: hostile text, very long text, too many items, awkward ids.</summary>
internal static class EdgeCards
{
    /// <summary>Text that would be a mention, a broadcast and a link if it reached Slack unescaped.</summary>
    public const string Hostile = "<!channel> <@U0BOSS> & <https://evil.example/x|click me> *bold* `code` > quote 🚀";

    public static string Long(int length, string seed = "Lorem ipsum & dolor <sit> amet 😀 ") =>
        string.Concat(Enumerable.Repeat(seed, (length / seed.Length) + 1))[..length];

    public static IReadOnlyDictionary<string, Card> All { get; } = new Dictionary<string, Card>
    {
        ["edge-recommendation-hostile"] = HostileRecommendation(),
        ["edge-recommendation-huge"] = HugeRecommendation(),
        ["edge-recommendation-full-fine-tune"] = Sample<RecommendationCard>("result-guided") with { Path = PathId.FullFineTune, PathName = "Full fine-tuning" },
        ["edge-question-hostile"] = HostileQuestion(),
        ["edge-question-many-choices"] = ManyChoices(),
        ["edge-question-long-ids"] = Sample<QuestionCard>("adjust-picker") with { Context = new CardContext(Long(400, "d"), Long(300, "s"), int.MaxValue) },
        ["edge-question-two-inputs-long"] = TwoInputsLong(),
        ["edge-history-many"] = new HistoryCard([.. Enumerable.Range(0, 80).Select(i => new HistoryLine("id" + i, PathId.Rag, Hostile, Long(500), DateTimeOffset.UnixEpoch.AddDays(i), Hostile, "/r/id" + i))]),
        ["edge-text-huge"] = new TextCard(string.Join("\n", Enumerable.Range(0, 400).Select(_ => Long(600))), TextKind.Help, [CardAction.Of(CardActionNames.Start, Long(200), primary: true)]),
        ["edge-text-empty"] = TextCard.Of(string.Empty),
        ["edge-text-notice-hostile"] = TextCard.Of(Hostile + "\n" + Long(5000), TextKind.Notice),
        ["edge-assumptions-many"] = new AssumptionsCard("abc", [.. Enumerable.Range(0, 120).Select(i => new AssumptionLine(i % 2 == 0 ? "budgetUsd" : Hostile, Hostile + Long(300), Long(200), i % 2 == 0))]),
        ["edge-comparison-hostile"] = new ComparisonCard("abc", Hostile, [new ScoreBar(PathId.Rag, Hostile, 250, true, true), new ScoreBar(PathId.Peft, "PEFT", -5, false, false)],
            [.. Enumerable.Range(0, 30).Select(i => new AlternativeLine(PathId.Peft, Hostile, i, Long(900), Hostile, Hostile))]),
        ["edge-error-long"] = new ErrorCard(Long(5000), Long(5000)),
    };

    private static T Sample<T>(string name) where T : Card => CardSamples.Get<T>(name);

    private static RecommendationCard HostileRecommendation()
    {
        var card = Sample<RecommendationCard>("result-quick");
        return card with
        {
            Notice = Hostile,
            PathName = Hostile,
            ConfidenceLevel = Hostile,
            Why = [Hostile, Hostile],
            Pros = [Hostile],
            Cons = [Hostile],
            Cost = card.Cost with { Text = Hostile, References = [Hostile], Disagrees = true },
            Timeline = card.Timeline with { Text = Hostile, References = [Hostile] },
            Scores = [.. card.Scores.Select(s => s with { Name = Hostile })],
            Alternatives = [.. card.Alternatives.Select(a => a with { Name = Hostile, WhyNot = Hostile, Cost = Hostile, Timeline = Hostile })],
            WhatWouldChange = [Hostile],
            Assumptions = [new AssumptionLine(Hostile, Hostile, Hostile, true)],
            Understood = [Hostile],
            Actions = [.. card.Actions.Select(a => a with { Title = Hostile })],
        };
    }

    private static RecommendationCard HugeRecommendation()
    {
        var card = Sample<RecommendationCard>("result-quick-large");
        string[] many = [.. Enumerable.Range(0, 40).Select(i => Long(400))];
        return card with
        {
            Notice = Long(4000),
            PathName = Long(400),
            Why = many,
            Pros = many,
            Cons = many,
            Understood = many,
            WhatWouldChange = many,
            Cost = card.Cost with { Text = Long(3000), References = many, Disagrees = true },
            Timeline = card.Timeline with { Text = Long(3000), References = many, Disagrees = true },
            Alternatives = [.. Enumerable.Range(0, 10).Select(i => new AlternativeLine(PathId.Peft, Long(300), i, Long(2000), Long(100), Long(100)))],
            Assumptions = [.. Enumerable.Range(0, 60).Select(i => new AssumptionLine("budgetUsd", "50000", "typical", true))],
            Actions = [.. Enumerable.Range(0, 40).Select(i => new CardAction(CardActionNames.Adjust, Long(120), new Dictionary<string, string> { ["field"] = Long(50) }))],
        };
    }

    private static QuestionCard HostileQuestion()
    {
        var card = Sample<QuestionCard>("question-first");
        return card with
        {
            Title = Hostile,
            WhyWeAsk = Hostile,
            TypedHint = Hostile,
            Notice = Hostile,
            LastAnswer = Hostile,
            Inputs = [.. card.Inputs.Select(i => i with { Label = Hostile, Choices = [.. i.Choices.Select(c => c with { Title = Hostile })] })],
        };
    }

    private static QuestionCard ManyChoices()
    {
        var card = Sample<QuestionCard>("adjust-picker");
        var input = card.Inputs[0];
        return card with
        {
            Title = Long(4000),
            WhyWeAsk = Long(4000),
            Inputs = [input with { Label = Long(300), Choices = [.. Enumerable.Range(0, 150).Select(i => new Choice(i % 10 == 0 ? Long(200, "v") : "v" + i, Long(120)))] }],
        };
    }

    private static QuestionCard TwoInputsLong()
    {
        var card = Sample<QuestionCard>("question-two-inputs");
        return card with
        {
            Inputs = [.. card.Inputs.Select(i => i with { Label = Long(300), Choices = [.. Enumerable.Range(0, 130).Select(n => new Choice("c" + n, Long(100)))], Current = "c7" })],
        };
    }
}
