using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

public sealed class RecommendationBlocksTests
{
    private static readonly RecommendationCard Card = CardSamples.Get<RecommendationCard>("result-quick");

    [Fact]
    public void Render_Top_PathNameHeaderConfidenceAndReasons()
    {
        var message = Renderers.Create().Render(Card);
        var blocks = SlackPayloads.Blocks(message).ToList();

        Assert.Equal("header", (string?)blocks[0]["type"]);
        Assert.Equal(Card.PathName, (string?)blocks[0]["text"]!["text"]);
        var top = Text(blocks[1]);
        Assert.Contains($"{Card.ConfidenceLevel} confidence ({Math.Round(Card.Confidence * 100)}%)", top, StringComparison.Ordinal);
        var reasons = Text(blocks[2 + Card.Decisive.Count]);
        Assert.All(Card.Why, reason => Assert.Contains("• " + reason, reasons, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DecisiveAssumptions_OneSectionEachRightAfterTheConfidenceWithItsAnswerButton()
    {
        Assert.NotEmpty(Card.Decisive);
        var blocks = SlackPayloads.Blocks(Renderers.Create().Render(Card)).ToList();

        for (var i = 0; i < Card.Decisive.Count; i++)
        {
            var block = blocks[2 + i];
            var line = Card.Decisive[i];
            Assert.Equal(":point_right: " + line.Text, Text(block));
            var button = block["accessory"]!.AsObject();
            Assert.Equal("button", (string?)button["type"]);
            Assert.Equal(line.Answer!.Title, (string?)button["text"]!["text"]);
        }
    }

    [Fact]
    public void Render_StandaloneDecisiveAssumptions_TextWithoutButtons()
    {
        var shared = Card with { Context = null, Actions = [], Decisive = [.. Card.Decisive.Select(d => d with { Answer = null })] };

        var blocks = SlackPayloads.Blocks(Renderers.Create().Render(shared)).ToList();

        Assert.All(Enumerable.Range(2, shared.Decisive.Count), i => Assert.Null(blocks[i]["accessory"]));
    }

    [Fact]
    public void Render_Estimates_CostAndTimelineTextsAndProsConsSections()
    {
        var all = AllText(Renderers.Create().Render(Card));

        Assert.Matches(@"\$\d+k–\$\d+k, most likely \$\d+k", Card.Cost.Text);
        Assert.Contains("*Cost, first 12 months*\n" + Card.Cost.Text, all, StringComparison.Ordinal);
        Assert.Contains("*Time to launch*\n" + Card.Timeline.Text, all, StringComparison.Ordinal);
        Assert.Contains("*Pros*\n• " + Card.Pros[0], all, StringComparison.Ordinal);
        Assert.Contains("*Cons*\n• " + Card.Cons[0], all, StringComparison.Ordinal);
        Assert.All(Card.Pros.Concat(Card.Cons), line => Assert.Contains("• " + line, all, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Comparison_ScoreBarPerPathRunnerUpAndFlips()
    {
        var all = AllText(Renderers.Create().Render(Card));

        Assert.All(Card.Scores, bar => Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(bar.Name)}[ ✓✗]*\s+{bar.Bar}\s+{bar.Score}\b", all));
        Assert.Contains("✓", all, StringComparison.Ordinal);
        Assert.Contains($"*{Card.Alternatives[0].Name}* · score {Card.Alternatives[0].Score}", all, StringComparison.Ordinal);
        Assert.Contains("_Why not:_ " + Card.Alternatives[0].WhyNot, all, StringComparison.Ordinal);
        Assert.All(Card.WhatWouldChange, flip => Assert.Contains("• " + flip, all, StringComparison.Ordinal));
        Assert.Contains("Typical values used (you didn't say): ", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuickTriage_WhatWasUnderstoodOnOneLine()
    {
        var all = RecommendationBlocksTests.AllText(Renderers.Create().Render(Card));

        Assert.NotEmpty(Card.Understood);
        Assert.Contains("*What I understood:* " + string.Join(" · ", Card.Understood), all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Buttons_ReportLinksThenEveryCardAction()
    {
        var buttons = SlackPayloads.Buttons(Renderers.Create("https://bot.example.com/base/").Render(Card)).ToList();

        Assert.Equal($"https://bot.example.com/base{Card.ReportPath}", (string?)buttons[0]["url"]);
        Assert.Equal("Open full report", (string?)buttons[0]["text"]!["text"]);
        Assert.Equal($"https://bot.example.com/base{Card.ReportPath}.md", (string?)buttons[1]["url"]);
        Assert.Equal("Copy as Markdown", (string?)buttons[1]["text"]!["text"]);
        Assert.Equal(Card.Actions.Select(a => a.Title), buttons.Skip(2).Select(b => (string?)b["text"]!["text"]));
        Assert.Equal(Card.Actions.Select(a => a.Primary ? "primary" : null), buttons.Skip(2).Select(b => (string?)b["style"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bot.example.com")]
    [InlineData("/relative")]
    [InlineData("ftp://bot.example.com")]
    [InlineData("javascript:alert(1)")]
    public void Render_NoValidPublicBaseUrl_NoLinkButtons(string? baseUrl)
    {
        var buttons = SlackPayloads.Buttons(Renderers.Create(baseUrl).Render(Card)).ToList();

        Assert.DoesNotContain(buttons, b => b["url"] is not null);
        Assert.Equal(Card.Actions.Count, buttons.Count);
    }

    [Theory]
    [InlineData("//evil.example/r/x")]
    [InlineData("r/x")]
    [InlineData("/r/x?next=https://evil.example")]
    public void Render_ReportPathNotPlainRelative_NoLinkButtons(string reportPath)
    {
        var buttons = SlackPayloads.Buttons(Renderers.Create().Render(Card with { ReportPath = reportPath })).ToList();

        Assert.DoesNotContain(buttons, b => b["url"] is not null);
    }

    [Fact]
    public void Render_RealResult_FitsTwoLaptopScreens()
    {
        var message = Renderers.Create().Render(CardSamples.Get<RecommendationCard>("result-quick-large"));
        var lines = AllText(message).Split('\n').Length + message.Blocks.Count;

        // About 45 text lines fit one laptop screen of Slack's message pane; two screens is the budget.
        Assert.InRange(lines, 10, 90);
    }

    internal static string Text(JsonObject block) => (string)block["text"]!["text"]!;

    internal static string AllText(ModelStrategy.Channels.Slack.Blocks.SlackMessageContent message) =>
        string.Join("\n", message.Blocks.SelectMany(b => Texts(b)));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] is "mrkdwn" or "plain_text" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
