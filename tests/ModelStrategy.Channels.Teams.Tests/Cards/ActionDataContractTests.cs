using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

public sealed class ActionDataContractTests
{
    public static TheoryData<string> Names => CardSamples.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryExecute_HasTheCommandAsVerbAndInData(string name)
    {
        var card = CardJson.Render(CardSamples.Cards[name]);

        foreach (var action in CardJson.Actions(card).Where(a => CardJson.TypeOf(a) is "Action.Execute" or "Action.Submit"))
        {
            var data = Assert.IsType<JsonObject>(action["data"]);
            var command = (string?)data[ActionData.Action];
            Assert.Contains(command, Commands);
            if (CardJson.TypeOf(action) == "Action.Execute")
            {
                Assert.Equal(command, (string?)action["verb"]);
                var fallback = Assert.IsType<JsonObject>(action["fallback"]);
                Assert.Equal("Action.Submit", CardJson.TypeOf(fallback));
                Assert.True(JsonNode.DeepEquals(data, fallback["data"]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_DialogCards_CarryTheContextUnderTheReservedKeys(string name)
    {
        var source = CardSamples.Cards[name];
        var context = source switch { QuestionCard q => q.Context, RecommendationCard r => r.Context, ReviewCard r => r.Context, _ => null };
        var card = CardJson.Render(source);

        foreach (var data in CardJson.Actions(card).Select(a => a["data"]).OfType<JsonObject>())
        {
            Assert.Equal(context?.DialogId, (string?)data[ActionData.DialogId]);
            Assert.Equal(context?.StepId, (string?)data[ActionData.StepId]);
            Assert.Equal(context?.CardVersion, (int?)data[ActionData.CardVersion]);
            if (context is not null)
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Number, data[ActionData.CardVersion]!.GetValueKind());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_ButtonValues_UnderTheirOwnKeysAndNothingElse(string name)
    {
        var source = CardSamples.Cards[name];
        var allowed = ValueKeys(source);
        var card = CardJson.Render(source);

        foreach (var data in CardJson.Actions(card).Select(a => a["data"]).OfType<JsonObject>())
        {
            Assert.All(data.Select(p => p.Key).Where(k => !ActionData.Reserved.Contains(k)), key => Assert.Contains(key, allowed));
            Assert.All(data.Where(p => !ActionData.Reserved.Contains(p.Key)), p => Assert.Equal(System.Text.Json.JsonValueKind.String, p.Value!.GetValueKind()));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_InputIds_AreFieldNamesOrTheTextKeyAndUnique(string name)
    {
        var source = CardSamples.Cards[name];
        var card = CardJson.Render(source);
        var ids = CardJson.Objects(card).Select(o => (string?)o["id"]).OfType<string>().ToList();
        var inputIds = CardJson.Objects(card).Where(o => CardJson.TypeOf(o)?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(o => (string)o["id"]!).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var fields = source switch
        {
            QuestionCard q => q.Inputs.Select(i => i.Field).Append(CardActionNames.TextKey).ToHashSet(),
            TextCard t => t.Fields.Select(f => f.Id).ToHashSet(),
            _ => [],
        };
        Assert.All(inputIds, id => Assert.Contains(id, fields));
        Assert.All(inputIds, id => Assert.DoesNotContain(id, ActionData.Reserved));
    }

    [Fact]
    public void Data_ValueNamedLikeAReservedKey_CannotOverrideIt()
    {
        var values = new Dictionary<string, string> { [ActionData.Action] = "restart", ["budgetUsd"] = "50000" };
        var card = new TextCard("Pick a budget", TextKind.Info, [new CardAction(CardActionNames.Answer, "Answer", values)]);

        var actions = CardJson.Actions(CardJson.Render(card)).ToList();

        Assert.Equal(2, actions.Count); // the Action.Execute and its Action.Submit fallback
        Assert.All(actions, action =>
        {
            Assert.Equal(CardActionNames.Answer, (string?)action["data"]![ActionData.Action]);
            Assert.Equal("50000", (string?)action["data"]!["budgetUsd"]);
        });
    }

    private static readonly HashSet<string?> Commands = [.. typeof(CardActionNames).GetFields()
        .Where(f => f.IsLiteral && !f.Name.EndsWith("Key", StringComparison.Ordinal)).Select(f => (string?)f.GetValue(null))];

    /// <summary>The keys a card's buttons may submit as values: the fixed values of its actions and its choices' fields.</summary>
    private static HashSet<string> ValueKeys(Card card) => card switch
    {
        QuestionCard q => [.. q.Actions.SelectMany(a => a.Values.Keys), .. q.Inputs.Select(i => i.Field)],
        RecommendationCard r => [.. r.Actions.SelectMany(a => a.Values.Keys), .. r.Decisive.SelectMany(d => d.Answer?.Values.Keys ?? [])],
        TextCard t => [.. t.Actions.SelectMany(a => a.Values.Keys)],
        CompactRecommendationCard c => [.. c.Actions.SelectMany(a => a.Values.Keys)],
        ReviewCard r => [.. r.Actions.SelectMany(a => a.Values.Keys)],
        _ => [],
    };
}
