namespace ModelStrategy.Core.Triage.Text;

/// <summary>
/// The tokens of one message with the look-ups the readers share: the word at an index (empty outside the text),
/// clause boundaries, and the character span of a run of tokens.
/// </summary>
internal sealed class TokenText
{
    private readonly List<Token> _tokens;

    /// <summary>Tokenises <paramref name="source"/>.</summary>
    public TokenText(string source)
    {
        Source = source;
        _tokens = Tokenizer.Split(source);
    }

    /// <summary>The text the tokens come from.</summary>
    public string Source { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Count;

    /// <summary>The token at <paramref name="i"/> (which must exist).</summary>
    public Token this[int i] => _tokens[i];

    /// <summary>The lower-case text of token <paramref name="i"/>, or "" outside the text.</summary>
    public string W(int i) => (uint)i < (uint)_tokens.Count ? _tokens[i].Lower : string.Empty;

    /// <summary>True when token <paramref name="i"/> is a word.</summary>
    public bool IsWord(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Word;

    /// <summary>True when token <paramref name="i"/> is a number.</summary>
    public bool IsNumber(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Number;

    /// <summary>True when token <paramref name="i"/> directly follows the previous one (no whitespace between).</summary>
    public bool Joined(int i) => (uint)i < (uint)_tokens.Count && !_tokens[i].Spaced;

    /// <summary>True when token <paramref name="i"/> ends a sentence or line: . ; ! ? line break, bullet (or the text ends).</summary>
    public bool IsHardBoundary(int i)
    {
        if ((uint)i >= (uint)_tokens.Count)
        {
            return true;
        }

        var t = _tokens[i];
        return t.Kind == TokenKind.Symbol && t.Lower is "\n" or "!" or "?" or "•" or "|" or "·" or "▪" or "◦"
            || (t.Lower == ";" && !(IsWord(i - 1) && Joined(i) && IsWord(i + 1) && Joined(i + 1)))
            || (t.Lower == "." && !IsAbbreviation(i));
    }

    /// <summary>True when token <paramref name="i"/> is a hard boundary, a comma, a bracket or a dash between spaces.</summary>
    public bool IsBoundary(int i) =>
        IsHardBoundary(i) || W(i) is "," or "(" or ")" or "[" or "]" || (W(i) == "-" && _tokens[i].Spaced && !Joined(i + 1));

    /// <summary>The first token of the sentence that holds <paramref name="i"/>.</summary>
    public int SentenceStart(int i)
    {
        while (i > 0 && !IsHardBoundary(i - 1))
        {
            i--;
        }

        return i;
    }

    /// <summary>The token after the last one of the sentence that holds <paramref name="i"/>.</summary>
    public int SentenceEnd(int i)
    {
        while (i < _tokens.Count && !IsHardBoundary(i))
        {
            i++;
        }

        return i;
    }

    /// <summary>The span of the text from token <paramref name="first"/> to token <paramref name="last"/> (inclusive).</summary>
    public TriagePhrase Span(int first, int last)
    {
        var start = _tokens[first].Start;
        return new TriagePhrase(start, _tokens[last].End - start);
    }

    /// <summary>True when word <paramref name="i"/> is in <paramref name="words"/>.</summary>
    public bool In(int i, IReadOnlySet<string> words) => words.Contains(W(i));

    private bool IsAbbreviation(int i) =>
        (W(i - 1) is "e" or "i" or "approx" or "incl" or "vs" or "dr" or "mr" or "st" or "eg" or "ie"
            && Joined(i))
        || (IsWord(i - 1) && W(i - 1).Length == 1 && W(i - 2) == "." && Joined(i - 1));
}
