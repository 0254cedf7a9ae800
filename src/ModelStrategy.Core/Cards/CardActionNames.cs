namespace ModelStrategy.Core.Cards;

/// <summary>The commands a button (or a typed word) can carry; channels pass them through unchanged.</summary>
public static class CardActionNames
{
#pragma warning disable CS1591 // Each name is the command itself (see PRODUCT.md, "The conversation").
    public const string Start = "start";
    public const string Quick = "quick";
    public const string Answer = "answer";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Restart = "restart";
    public const string Cancel = "cancel";
    public const string Help = "help";
    public const string History = "history";
    public const string Refine = "refine";
    public const string Adjust = "adjust";
    public const string Share = "share";
    public const string Compare = "compare";
    public const string Assumptions = "assumptions";
    public const string Details = "details";
    public const string ReviewLater = "reviewlater";
    public const string Review = "review";
    public const string Reminders = "reminders";
    public const string CancelReview = "cancelreview";
    public const string WentWith = "wentwith";
    public const string Outcome = "outcome";
#pragma warning restore CS1591

    /// <summary>The value key that names a constraint field (for <see cref="Adjust"/>).</summary>
    public const string FieldKey = "field";

    /// <summary>The value key of the answer an <see cref="Adjust"/> button gives for <see cref="FieldKey"/> (wire form).</summary>
    public const string ValueKey = "value";

    /// <summary>The value key of free text submitted with an action (e.g. the text of a "quick" form).</summary>
    public const string TextKey = "text";

    /// <summary>The value key that names a stored recommendation (share, compare, assumptions on an older card).</summary>
    public const string RecommendationKey = "recommendationId";

    /// <summary>The value key of how many months from now a <see cref="Review"/> is due (1, 3, 6 or 12).</summary>
    public const string MonthsKey = "months";

    /// <summary>The value key that names a review reminder (for <see cref="CancelReview"/>).</summary>
    public const string ReminderKey = "reminderId";

    /// <summary>The value key of the path a team went with (for <see cref="WentWith"/>; a path id such as "rag").</summary>
    public const string PathKey = "path";

    /// <summary>The value key of about how many weeks it took (for <see cref="Outcome"/>).</summary>
    public const string WeeksKey = "weeks";

    /// <summary>The value key of about what it cost in USD (for <see cref="Outcome"/>).</summary>
    public const string CostKey = "cost";

    /// <summary>The value key a form's submit carries ("1"), so a submit with every field left empty still reads as one.</summary>
    public const string SubmitKey = "submit";
}
