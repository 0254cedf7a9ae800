using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// The contract between the Adaptive Card renderer and the inbound mapper: what an Action.Execute (or Action.Submit)
/// carries in its <c>data</c>. Teams merges the card's input values into the same object, keyed by input id, and the
/// input ids are the constraint field names, so everything that is not one of these reserved keys is a value.
/// </summary>
internal static class ActionData
{
    /// <summary>The command (<see cref="CardActionNames"/>); also the Action.Execute <c>verb</c>.</summary>
    public const string Action = "msAction";

    /// <summary><see cref="CardContext.DialogId"/>.</summary>
    public const string DialogId = "msDialogId";

    /// <summary><see cref="CardContext.StepId"/>.</summary>
    public const string StepId = "msStepId";

    /// <summary><see cref="CardContext.CardVersion"/> (a JSON number).</summary>
    public const string CardVersion = "msCardVersion";

    /// <summary>Every reserved key; any other key in <c>data</c> is a submitted value.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { Action, DialogId, StepId, CardVersion, "msteams" };
}
