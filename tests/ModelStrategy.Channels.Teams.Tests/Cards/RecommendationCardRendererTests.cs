using ModelStrategy.Core.Reports;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class RecommendationCardRendererTests
{
    private static RecommendationCard Result => CardSamples.Get<RecommendationCard>("result-quick");

    [Fact]
    public void Render_Top_PathInPlainWordsWithConfidenceAndReasons()
    {
        var texts = CardJson.Texts(CardJson.Render(Result)).ToList();

        Assert.Equal(Result.PathName, texts[0]);
        Assert.Contains(Result.ConfidenceLevel + " confidence", texts[1], StringComparison.Ordinal);
        Assert.InRange(Result.Why.Count, 2, 3);
        Assert.All(Result.Why, reason => Assert.Contains("• " + reason, texts));
    }

    [Fact]
    public void Render_ProsAndCons_LabelledSections()
    {
        var card = CardJson.Render(Result);
        var columns = CardJson.OfType(card, "Column").Where(c => c["items"]!.AsArray().FirstOrDefault()?["text"] is JsonValue v
            && (string?)v is "Pros" or "Cons").ToList();

        Assert.Equal(2, columns.Count);
        Assert.Equal(Result.Pros.Select(p => "• " + p), CardJson.Texts(columns[0]).Skip(1));
        Assert.Equal(Result.Cons.Select(p => "• " + p), CardJson.Texts(columns[1]).Skip(1));
    }

    [Fact]
    public void Render_CostAndTimeline_FactsWithTheRangesText()
    {
        var facts = CardJson.OfType(CardJson.Render(Result), "FactSet").First()["facts"]!.AsArray();

        Assert.Equal(Result.Cost.Text, (string?)facts[0]!["value"]);
        Assert.Equal(Result.Timeline.Text, (string?)facts[1]!["value"]);
        Assert.Matches(@"^\$\d+(\.\d)?[kM]–\$\d+(\.\d)?[kM], most likely \$\d+(\.\d)?[kM]$", Result.Cost.Text);
    }

    [Fact]
    public void Render_DecisiveAssumptions_FirstAfterTheConfidenceEachWithItsAnswer()
    {
        Assert.NotEmpty(Result.Decisive);
        var card = CardJson.Render(Result);
        var texts = CardJson.Texts(card).ToList();
        var box = CardJson.ById(card, RecommendationCardRenderer.DecisiveId);

        Assert.Equal(Result.Decisive.Select(d => d.Text), texts.Skip(2).Take(Result.Decisive.Count));
        Assert.Equal(Result.Decisive.Select(d => d.Text), CardJson.Texts(box));
        var answers = CardJson.Actions(box).Where(a => CardJson.TypeOf(a) == "Action.Execute").ToList();
        Assert.Equal(Result.Decisive.Count, answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            var data = answers[i]["data"]!.AsObject();
            Assert.Equal("Action.Execute", CardJson.TypeOf(answers[i]));
            Assert.Equal(CardActionNames.Adjust, (string?)answers[i]["verb"]);
            Assert.Equal(Result.Decisive[i].Answer!.Values[CardActionNames.FieldKey], (string?)data[CardActionNames.FieldKey]);
            Assert.Equal(Result.Decisive[i].Answer!.Values[CardActionNames.ValueKey], (string?)data[CardActionNames.ValueKey]);
            Assert.Equal(Result.Context!.DialogId, (string?)data[ActionData.DialogId]);
        }
    }

    [Fact]
    public void Render_StandaloneDecisiveAssumptions_TextWithoutButtons()
    {
        var shared = Result with { Context = null, Actions = [], Decisive = [.. Result.Decisive.Select(d => d with { Answer = null })] };

        var box = CardJson.ById(CardJson.Render(shared), RecommendationCardRenderer.DecisiveId);

        Assert.Equal(shared.Decisive.Count, CardJson.Texts(box).Count());
        Assert.Empty(CardJson.Actions(box));
    }

    [Theory]
    [InlineData(false, false, null)]
    [InlineData(true, false, "cost")]
    [InlineData(false, true, "timeline")]
    [InlineData(true, true, "cost and timeline")]
    public void Render_PublishedRangeDisagrees_VisibleNote(bool cost, bool timeline, string? what)
    {
        var card = Result with { Cost = Result.Cost with { Disagrees = cost }, Timeline = Result.Timeline with { Disagrees = timeline } };

        var notes = CardJson.OfType(CardJson.Render(card), "Container").Where(c => (string?)c["style"] == "warning").ToList();

        Assert.Equal(what is null ? 0 : 1, notes.Count);
        if (what is not null)
        {
            Assert.Contains($"for the {what} does not overlap", CardJson.Texts(notes[0]).Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_PublishedRanges_ShownBesideTheEstimates()
    {
        var texts = CardJson.Texts(CardJson.Render(Result));

        Assert.All(Result.Cost.References.Concat(Result.Timeline.References), r => Assert.Contains(texts, t => t.Contains(r, StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_RunnerUpWhatWouldChangeAndUnderstood_Shown()
    {
        var texts = CardJson.Texts(CardJson.Render(Result)).ToList();
        var runnerUp = Result.Alternatives[0];

        Assert.Contains("Runner-up and others", texts);
        Assert.Contains(texts, t => t.Contains(runnerUp.Name, StringComparison.Ordinal) && t.Contains(runnerUp.Cost, StringComparison.Ordinal));
        Assert.Contains("Why not: " + runnerUp.WhyNot, texts);
        Assert.Contains("What would change this", texts);
        Assert.All(Result.WhatWouldChange, w => Assert.Contains("• " + w, texts));
        Assert.NotEmpty(Result.Understood);
        Assert.All(Result.Understood, u => Assert.Contains("• " + u, texts));
    }

    [Fact]
    public void Render_Assumptions_HiddenContainerToggledByShowAssumptions()
    {
        var card = CardJson.Render(Result);

        var container = CardJson.ById(card, RecommendationCardRenderer.AssumptionsId);
        var toggle = Assert.Single(CardJson.OfType(card, "Action.ToggleVisibility"));

        Assert.False((bool)container["isVisible"]!);
        Assert.StartsWith("Show assumptions", (string?)toggle["title"], StringComparison.Ordinal);
        Assert.Equal(RecommendationCardRenderer.AssumptionsId, (string?)toggle["targetElements"]![0]);
        Assert.Equal(Result.Assumptions.Count, CardJson.OfType(container, "FactSet").Sum(f => f["facts"]!.AsArray().Count));
        Assert.DoesNotContain(CardJson.Objects(container), o => CardJson.TypeOf(o)?.StartsWith("Input.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Render_Actions_ReportLinkThenCommandsInRowsOfThree()
    {
        var card = CardJson.Render(Result);
        var answers = CardJson.OfType(CardJson.ById(card, RecommendationCardRenderer.DecisiveId), "ActionSet").ToHashSet();
        var rows = CardJson.OfType(card, "ActionSet").Where(s => !answers.Contains(s)).Select(s => s["actions"]!.AsArray().Select(a => a!.AsObject()).ToList())
            .Where(r => CardJson.TypeOf(r[0]) != "Action.ToggleVisibility").ToList();
        var actions = rows.SelectMany(r => r).ToList();
        var commands = actions.Where(a => CardJson.TypeOf(a) == "Action.Execute").ToList();

        Assert.Null(card["actions"]);
        Assert.Equal("Action.OpenUrl", CardJson.TypeOf(actions[0]));
        Assert.Equal(RecommendationCardRenderer.ReportTitle, (string?)actions[0]["title"]);
        Assert.Equal(new Uri(CardJson.BaseUrl, Result.ReportPath).AbsoluteUri, (string?)actions[0]["url"]);
        Assert.All(rows, r => Assert.InRange(r.Count(a => (string?)a["mode"] != "secondary"), 1, RecommendationCardRenderer.ButtonsPerRow));
        Assert.InRange(actions.Count(a => (string?)a["mode"] != "secondary"), 1, RecommendationCardRenderer.MaxPrimaryActions);
        Assert.Equal(Result.Actions.Select(a => a.Name).Order(), commands.Select(a => (string)a["verb"]!).Order());
        Assert.All(new[] { CardActionNames.Adjust, CardActionNames.Share, CardActionNames.Compare },
            verb => Assert.Contains(commands, a => (string?)a["verb"] == verb && (string?)a["mode"] is null));
        Assert.Equal("secondary", (string?)commands.Single(a => (string?)a["verb"] == CardActionNames.Assumptions)["mode"]);
    }

    [Fact]
    public void Render_CopyAsMarkdown_OverflowLinkToTheMarkdownReport()
    {
        var card = CardJson.Render(Result);

        var links = CardJson.OfType(card, "Action.OpenUrl").ToList();
        var markdown = Assert.Single(links, a => (string?)a["title"] == RecommendationCardRenderer.MarkdownTitle);

        Assert.Equal(new Uri(CardJson.BaseUrl, Result.ReportPath + ".md").AbsoluteUri, (string?)markdown["url"]);
        Assert.Equal("secondary", (string?)markdown["mode"]);
        Assert.Equal(2, links.Count);
        Assert.Contains("Start over", CardJson.Actions(card).Where(a => (string?)a["mode"] is null).Select(a => (string?)a["title"]));
    }

    [Fact]
    public void Render_NoBaseUrl_NoReportLink()
    {
        var card = new AdaptiveCardRenderer(ReportLinks.Under(null)).Render(Result);

        Assert.Empty(CardJson.OfType(card, "Action.OpenUrl"));
    }

    [Fact]
    public void Render_Notice_ShownFirst()
    {
        var card = CardJson.Render(Result with { Notice = "Budget changed to $80k." });

        Assert.Equal("Budget changed to $80k.", CardJson.Texts(card).First());
    }
}
