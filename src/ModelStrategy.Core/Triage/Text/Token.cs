namespace ModelStrategy.Core.Triage.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes ("don't", "q's").</summary>
    Word,

    /// <summary>ASCII digits with optional thousands commas and decimals ("2,500", "1.5").</summary>
    Number,

    /// <summary>One other visible character, or one line break standing for a run of them.</summary>
    Symbol,
}

/// <summary>One token of the text: where it is, what it is, and its lower-case form.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Spaced">True when whitespace comes right before it ("40 k" versus "40k").</param>
/// <param name="Lower">Its text in lower case ("\n" for a line break).</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool Spaced, string Lower)
{
    /// <summary>Index just past its last character.</summary>
    public int End => Start + Length;
}
