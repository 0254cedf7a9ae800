namespace ModelStrategy.Core.Triage.Text;

/// <summary>
/// Splits text into words, numbers and symbols in one left-to-right pass (linear in the length, whatever the input).
/// Whitespace separates tokens and is dropped, except that a run containing a line break becomes one "\n" symbol
/// (a clause boundary). Hyphens, slashes and the like are symbols, so "on-prem" is three tokens with no space between.
/// </summary>
internal static class Tokenizer
{
    private const int MaxNumberLength = 24;

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 3 + 4, 2048));
        var spaced = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                var start = i;
                var lineBreak = false;
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsControl(text[i])))
                {
                    lineBreak |= text[i] is '\n' or '\r' or '\u2028' or '\u2029';
                    i++;
                }

                if (lineBreak)
                {
                    tokens.Add(new Token(start, 1, TokenKind.Symbol, true, "\n"));
                }

                spaced = true;
                continue;
            }

            var end = c is >= '0' and <= '9' ? NumberEnd(text, i) : char.IsLetter(c) ? WordEnd(text, i) : SymbolEnd(text, i);
            var kind = c is >= '0' and <= '9' ? TokenKind.Number : char.IsLetter(c) ? TokenKind.Word : TokenKind.Symbol;
            tokens.Add(new Token(i, end - i, kind, spaced, Lower(text, i, end, kind)));
            spaced = false;
            i = end;
        }

        return tokens;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i])
            || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
        {
            i++;
        }

        return i;
    }

    private static int NumberEnd(string text, int i)
    {
        var start = i;
        i = Digits(text, i);
        while (i - start < MaxNumberLength && i < text.Length && text[i] == ',' && IsDigitRun(text, i + 1, 3)
            && (i + 4 >= text.Length || !IsDigit(text[i + 4])))
        {
            i += 4;
        }

        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]) && i - start < MaxNumberLength)
        {
            i = Digits(text, i + 1);
        }

        return i;
    }

    private static int SymbolEnd(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;

    private static int Digits(string text, int i)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigitRun(string text, int i, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (i + k >= text.Length || !IsDigit(text[i + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string Lower(string text, int start, int end, TokenKind kind) => kind switch
    {
        TokenKind.Symbol when end - start == 1 => SymbolText(text[start]),
        _ => text[start..end].ToLowerInvariant(),
    };

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string SymbolText(char c) => c switch
    {
        < '\u0080' => Ascii[c],
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "-",
        '\u2019' or '\u2018' => "'",
        _ => c.ToString(),
    };
}
