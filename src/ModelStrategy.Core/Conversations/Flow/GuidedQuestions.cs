using ModelStrategy.Core.Cards;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// The guided dialog's questions as a read-only list, for channels that ask them all at once in a form (a Slack
/// modal) instead of one card at a time. The words, fields and choices are the dialog's own, so both stay in step.
/// </summary>
public static class GuidedQuestions
{
    private static readonly Lazy<IReadOnlyList<GuidedQuestion>> Questions = new(() =>
    [
        .. QuestionCatalog.Steps.Select(step => new GuidedQuestion(
            step.Id,
            step.Title,
            step.WhyWeAsk,
            [.. step.Inputs.Select(i => new CardInput(i.Field, i.Label, i.Choices, QuestionCardBuilder.TypicalOf(i.Field), null))],
            step.Example)),
    ]);

    /// <summary>Every question the guided dialog can ask, in the dialog's order (the one that matters most first).</summary>
    public static IReadOnlyList<GuidedQuestion> All => Questions.Value;
}

/// <summary>One guided question.</summary>
/// <param name="Id">Stable step id, e.g. "data".</param>
/// <param name="Title">The question.</param>
/// <param name="WhyWeAsk">Why the answer matters.</param>
/// <param name="Inputs">One or two inputs; <see cref="CardInput.Typical"/> is the value used when left empty, <see cref="CardInput.Current"/> is null.</param>
/// <param name="Example">A typed answer that works, e.g. "about 2k examples, mostly clean".</param>
public sealed record GuidedQuestion(string Id, string Title, string WhyWeAsk, IReadOnlyList<CardInput> Inputs, string Example);
