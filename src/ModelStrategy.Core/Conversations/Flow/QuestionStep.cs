using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>One guided question: its fields, words, choices and when it applies.</summary>
/// <param name="Id">Stable step id, e.g. "data".</param>
/// <param name="Title">The question.</param>
/// <param name="WhyWeAsk">Why the answer matters.</param>
/// <param name="Inputs">One or two inputs (field, label, choices).</param>
/// <param name="Example">A typed answer that works, e.g. "about 2k examples, mostly clean".</param>
/// <param name="TypedContext">Wraps a bare typed answer so the triage parser can place it, e.g. "launch in {0}".</param>
/// <param name="Applies">Whether the question is relevant given what is known (defaults filled in).</param>
internal sealed record QuestionStep(
    string Id,
    string Title,
    string WhyWeAsk,
    IReadOnlyList<StepInput> Inputs,
    string Example,
    string TypedContext,
    Func<ResolvedConstraints, bool> Applies)
{
    /// <summary>The inputs' fields, listed once (the planner reads them for every step on every turn).</summary>
    public IReadOnlyList<string> Fields { get; } = [.. Inputs.Select(i => i.Field)];
}

/// <summary>One input of a step.</summary>
/// <param name="Field">The constraint field.</param>
/// <param name="Label">A short label, also used in "I couldn't read that as …".</param>
/// <param name="Choices">One-click choices.</param>
internal sealed record StepInput(string Field, string Label, IReadOnlyList<Choice> Choices);
