using System.Text.Json.Nodes;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Outbound;

/// <summary>
/// A deliberately plain stand-in behind <see cref="IAdaptiveCardRenderer"/> until the real Cards/AdaptiveCardRenderer
/// is wired: text, question choices as Action.Execute buttons, and the recommendation's path, cost and timeline.
/// </summary>
internal sealed class BasicAdaptiveCardRenderer : IAdaptiveCardRenderer
{
    public JsonObject Render(Card card) => card switch
    {
        TextCard text => Build([Text(text.Text)], text.Actions, null),
        QuestionCard question => Question(question),
        RecommendationCard result => Build(
            [Text($"Recommendation: {result.PathName} ({result.ConfidenceLevel})", bold: true),
             Text($"Cost: {result.Cost.Text}"), Text($"Timeline: {result.Timeline.Text}"),
             .. result.Why.Take(3).Select(w => Text("• " + w))],
            result.Actions, result.Context),
        _ => Build([Text(card.GetType().Name.Replace("Card", string.Empty, StringComparison.Ordinal))], [], null),
    };

    private static JsonObject Question(QuestionCard q)
    {
        var body = new List<JsonNode>();
        if (q.Notice is not null)
        {
            body.Add(Text(q.Notice));
        }

        body.Add(Text((q.Progress is null ? string.Empty : q.Progress.Text + " · ") + q.Title, bold: true));
        body.Add(Text(q.WhyWeAsk));
        var choices = q.Inputs.SelectMany(i => i.Choices.Select(c => new CardAction(q.ChoiceAction, c.Title,
            new Dictionary<string, string> { [i.Field] = c.Value })));
        body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = Actions(choices, q.Context) });
        body.Add(Text(q.TypedHint));
        return Build(body, q.Actions, q.Context);
    }

    private static JsonObject Build(IEnumerable<JsonNode> body, IEnumerable<CardAction> actions, CardContext? context) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray([.. body]),
        ["actions"] = Actions(actions, context),
    };

    private static JsonArray Actions(IEnumerable<CardAction> actions, CardContext? context) => new([.. actions.Select(a =>
    {
        var data = new JsonObject { [ActionData.Action] = a.Name };
        if (context is not null)
        {
            data[ActionData.DialogId] = context.DialogId;
            data[ActionData.StepId] = context.StepId;
            data[ActionData.CardVersion] = context.CardVersion;
        }

        foreach (var (key, value) in a.Values)
        {
            data[key] = value;
        }

        return (JsonNode)new JsonObject { ["type"] = "Action.Execute", ["title"] = a.Title, ["verb"] = a.Name, ["data"] = data };
    })]);

    private static JsonObject Text(string text, bool bold = false) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["weight"] = bold ? "Bolder" : "Default",
    };
}
