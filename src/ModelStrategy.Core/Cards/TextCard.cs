namespace ModelStrategy.Core.Cards;

/// <summary>A plain text reply: a note, help, or a friendly word about a stale click.</summary>
/// <param name="Text">The message (plain text; channels may add their own emphasis).</param>
/// <param name="Kind">What kind of text it is.</param>
/// <param name="Actions">Optional buttons, e.g. "Start" under the help text.</param>
public sealed record TextCard(string Text, TextKind Kind, IReadOnlyList<CardAction> Actions) : Card
{
    /// <summary>
    /// Free-text fields under the text (e.g. weeks and cost of an outcome); when there are any, the first action is
    /// their submit and sends their values under their ids.
    /// </summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>A text without buttons.</summary>
    public static TextCard Of(string text, TextKind kind = TextKind.Info) => new(text, kind, []);
}

/// <summary>How a text reply reads.</summary>
public enum TextKind
{
    /// <summary>An ordinary message.</summary>
    Info,
    /// <summary>A short note about input that changed nothing (stale click, repeat, expired dialog).</summary>
    Notice,
    /// <summary>The list of commands.</summary>
    Help,
}
