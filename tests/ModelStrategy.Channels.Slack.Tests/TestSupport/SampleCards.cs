using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>Small cards built by hand for the flow tests (the renderer's own tests cover every card the engine makes).</summary>
internal static class SampleCards
{
    public static readonly CardContext Context = new("dlg-1", "need", 3);

    public static QuestionCard Question(CardContext? context = null) => new()
    {
        Context = context ?? Context,
        Title = "What is missing today?",
        WhyWeAsk = "Knowledge gaps point to retrieval, behaviour gaps to fine-tuning.",
        Inputs = [new CardInput("need", "what is missing", [new Choice("knowledge", "Our facts and documents"), new Choice("behavior", "Behaviour")], "knowledge", null)],
        TypedHint = "or type it: \"the model doesn't know our documents\"",
        Progress = new StepProgress(1, 8),
        ChoiceAction = CardActionNames.Answer,
        Actions = [CardAction.Of(CardActionNames.Skip, "Skip (use typical)"), CardAction.Of(CardActionNames.Cancel, "Cancel")],
    };

    public static TextCard Share(string recommendationId) => new("Result", TextKind.Info,
        [new CardAction(CardActionNames.Share, "Share", new Dictionary<string, string> { [CardActionNames.RecommendationKey] = recommendationId }, Primary: true)]);
}
