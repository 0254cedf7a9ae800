namespace ModelStrategy.Core.Cards;

/// <summary>One guided question: title, why we ask, one or two inputs, a typed-answer hint and Back/Skip/Cancel.</summary>
public sealed record QuestionCard : Card
{
    /// <summary>What the card was rendered for; echoed back by every click.</summary>
    public required CardContext Context { get; init; }

    /// <summary>The question.</summary>
    public required string Title { get; init; }

    /// <summary>Why the answer matters for the recommendation.</summary>
    public required string WhyWeAsk { get; init; }

    /// <summary>One or two inputs. With one, each choice can be its own button; with two, a form and a submit.</summary>
    public required IReadOnlyList<CardInput> Inputs { get; init; }

    /// <summary>What a typed answer looks like, e.g. "or type it: \"about 2k examples\"".</summary>
    public required string TypedHint { get; init; }

    /// <summary>"step 3 of 8"; null when one answer of a result is being changed.</summary>
    public StepProgress? Progress { get; init; }

    /// <summary>
    /// The command a choice submits: with one input, each choice can be a button submitting this action with
    /// {field: value}; with two inputs, render a form whose submit sends this action with both values.
    /// </summary>
    public required string ChoiceAction { get; init; }

    /// <summary>Back, Skip (use typical) and Cancel, in that order; Back is absent on the first step.</summary>
    public required IReadOnlyList<CardAction> Actions { get; init; }

    /// <summary>A short note above the question, e.g. why the last typed answer was not understood.</summary>
    public string? Notice { get; init; }

    /// <summary>Who gave the previous answer, e.g. "Ana answered: 6 weeks" (shown in shared threads).</summary>
    public string? LastAnswer { get; init; }
}
