using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class CompactCardRendererTests
{
    public static TheoryData<string> Compacts => [CardActionNames.Share, "compact-with-share", "compact-expanded"];

    private static CompactRecommendationCard Large => CardSamples.Get<CompactRecommendationCard>("compact-expanded") with { Expanded = false };

    [Theory]
    [MemberData(nameof(Compacts))]
    public void Render_EveryCompactCard_Version13AndValidAgainstThe13Schema(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        var errors = AdaptiveCardSchema.Errors(card, "1.3");

        Assert.Equal(CompactCardRenderer.Version, (string?)card["version"]);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Empty(AdaptiveCardSchema.Errors(card));
    }

    [Fact]
    public void Render_Top_PathConfidenceDecisiveReasonsProsConsAndEstimatesOutsideTheDetails()
    {
        var card = CardJson.Render(Large);
        var details = CardJson.ById(card, CompactCardRenderer.DetailsId);
        var visible = VisibleTexts(card).ToList();

        Assert.Equal(Large.PathName, visible[0]);
        Assert.Contains(Large.ConfidenceLevel + " confidence", visible[1], StringComparison.Ordinal);
        Assert.NotEmpty(Large.Decisive);
        Assert.Equal(Large.Decisive, visible.Skip(2).Take(Large.Decisive.Count));
        Assert.All(Large.Why, reason => Assert.Contains("• " + reason, visible));
        Assert.All(Large.Pros.Concat(Large.Cons), item => Assert.Contains("• " + item, visible));
        var facts = CardJson.OfType(card, "FactSet").First()["facts"]!.AsArray();
        Assert.Equal((Large.Cost.Text, Large.Timeline.Text), ((string?)facts[0]!["value"], (string?)facts[1]!["value"]));
        Assert.DoesNotContain(CardJson.Objects(details), o => ReferenceEquals(o, facts.Parent));
        Assert.NotEmpty(Large.Cost.References);
        Assert.All(Large.Cost.References.Concat(Large.Timeline.References), r => Assert.DoesNotContain(visible, t => t.Contains(r, StringComparison.Ordinal)));
        Assert.All(Large.Cost.References.Concat(Large.Timeline.References), r => Assert.Contains(CardJson.Texts(details), t => t.Contains(r, StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Details_HiddenUntilTheDetailsButtonShowsThemAndHoldTheRest()
    {
        var card = CardJson.Render(Large);

        var details = CardJson.ById(card, CompactCardRenderer.DetailsId);
        var toggle = Assert.Single(CardJson.OfType(card, "Action.ToggleVisibility"));
        var texts = CardJson.Texts(details).ToList();

        Assert.False((bool)details["isVisible"]!);
        Assert.Equal(CompactCardRenderer.DetailsTitle, (string?)toggle["title"]);
        Assert.Equal([CompactCardRenderer.DetailsId], toggle["targetElements"]!.AsArray().Select(t => (string?)t));
        Assert.Same(toggle, card["actions"]![0]);
        Assert.Contains("How the paths compare", texts);
        Assert.All(Large.Details.Scores.Where(s => s.Score > 0), s => Assert.Single(CardJson.Objects(details), o => (string?)o["id"] == ScoreBars.BarId(s)));
        Assert.Contains("Why not: " + Large.Details.Alternatives[0].WhyNot, texts);
        Assert.All(Large.Details.WhatWouldChange, w => Assert.Contains("• " + w, texts));
        Assert.All(Large.Details.Understood, u => Assert.Contains("• " + u, texts));
        Assert.Equal(Large.Details.Assumptions.Count, CardJson.OfType(details, "FactSet").Sum(f => f["facts"]!.AsArray().Count));
        Assert.Contains(Assert.IsType<string>(Large.Details.Prices), texts);
        Assert.NotEmpty(Large.Details.MoreCons);
        Assert.All(Large.Details.MoreCons, c => Assert.Contains("• " + c, texts));
    }

    [Theory]
    [InlineData(false, false, null)]
    [InlineData(true, false, "cost")]
    [InlineData(false, true, "timeline")]
    public void Render_PublishedRangeDisagrees_TheNoteStaysOnTop(bool cost, bool timeline, string? what)
    {
        var card = CardJson.Render(Large with { Cost = Large.Cost with { Disagrees = cost }, Timeline = Large.Timeline with { Disagrees = timeline } });

        var notes = VisibleTexts(card).Where(t => t.StartsWith("Note: a published range", StringComparison.Ordinal)).ToList();

        Assert.Equal(what is null ? [] : [$"Note: a published range for the {what} does not overlap this estimate; see the full report for why."], notes);
    }

    [Fact]
    public void Render_Expanded_DetailsVisible()
    {
        var card = CardJson.Render(Large with { Expanded = true });

        Assert.Null(CardJson.ById(card, CompactCardRenderer.DetailsId)["isVisible"]);
    }

    [Fact]
    public void Render_Shared_OnlyDetailsAndTheReportLinkNoCommands()
    {
        var shared = CardSamples.Get<CompactRecommendationCard>(CardActionNames.Share);

        var card = CardJson.Render(shared);
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.Equal(["Action.ToggleVisibility", "Action.OpenUrl"], actions.Select(CardJson.TypeOf));
        Assert.Equal(new Uri(CardJson.BaseUrl, shared.ReportPath).AbsoluteUri, (string?)actions[1]["url"]);
        Assert.Equal(RecommendationCardRenderer.ReportTitle, (string?)actions[1]["title"]);
        Assert.Equal(2, CardJson.Actions(card).Count());
        Assert.Null(card["actions"]![1]!["mode"]);
    }

    [Fact]
    public void Render_NoBaseUrl_DetailsOnly()
    {
        var card = new AdaptiveCardRenderer(ReportLinks.Under(null)).Render(CardSamples.Cards[CardActionNames.Share]);

        Assert.Equal(["Action.ToggleVisibility"], CardJson.Actions(card).Select(CardJson.TypeOf));
    }

    [Fact]
    public void Render_Buttons_SubmitWhoseDataReadsBackAsTheCommand()
    {
        var compact = CardSamples.Get<CompactRecommendationCard>("compact-with-share");
        var submit = Assert.Single(CardJson.OfType(CardJson.Render(compact), "Action.Submit"));
        var activity = new Activity { Type = "message", Value = submit["data"]!.DeepClone() };

        var data = CardActionReader.FromSubmit(activity);

        Assert.NotNull(data);
        Assert.Equal(CardActionNames.Share, data.Action);
        Assert.Null(data.Context);
        Assert.Equal(compact.RecommendationId, data.Values[CardActionNames.RecommendationKey]);
        Assert.Equal("Share", (string?)submit["title"]);
    }

    [Fact]
    public void Render_CompactCard_ShowsFewerTextsThanTheFullCardAndFitsTheLimit()
    {
        var full = CardSamples.Get<RecommendationCard>("result-quick-large");

        var compact = CardJson.Render(Large);
        var visible = VisibleTexts(compact).Count();

        Assert.InRange(visible, 8, 30);
        Assert.True(visible < VisibleTexts(CardJson.Render(full)).Count(), $"compact shows {visible} texts, full {VisibleTexts(CardJson.Render(full)).Count()}");
        Assert.InRange(AdaptiveCardRenderer.PayloadBytes(compact), 1, AdaptiveCardRenderer.MaxPayloadBytes);
    }

    /// <summary>The TextBlocks and fact values a reader sees before opening anything hidden.</summary>
    private static IEnumerable<string> VisibleTexts(JsonNode node)
    {
        foreach (var obj in node is JsonArray array ? array.Select(a => a as JsonObject).OfType<JsonObject>() : [node.AsObject()])
        {
            if (obj["isVisible"] is JsonValue v && !(bool)v)
            {
                continue;
            }

            if (CardJson.TypeOf(obj) == "TextBlock")
            {
                yield return (string)obj["text"]!;
            }

            foreach (var (key, child) in obj)
            {
                if (key is not "fallback" && child is JsonObject or JsonArray)
                {
                    foreach (var text in VisibleTexts(child!))
                    {
                        yield return text;
                    }
                }
            }
        }
    }
}
