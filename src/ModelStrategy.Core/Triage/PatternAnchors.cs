using System.Text;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// Literal words that every match of a pattern must contain, found by reading the pattern's own source: for each
/// top-level alternative, its longest required run of letters, or the runs of a required group whose every alternative
/// has one. A rule whose anchors all miss the (lower-cased) text cannot match, so its regex is not run. The reading is
/// conservative: any construct it does not follow (a lookaround, a class, an optional part) contributes no anchor, and
/// an alternative without an anchor makes the whole pattern run always (null).
/// </summary>
internal static class PatternAnchors
{
    private const int MinLength = 3;

    /// <summary>Words too common to tell whether a pattern may match.</summary>
    private static readonly HashSet<string> Common =
    [
        "the", "and", "our", "for", "with", "that", "this", "not", "are", "was", "you", "can", "has", "have", "any", "all",
        "its", "but", "from", "they", "will", "one", "two", "may", "must", "out", "how", "who", "get", "got", "new", "per",
        "use", "into", "than", "more", "most", "only", "some", "each", "every", "what", "when", "where", "which", "also",
    ];

    /// <summary>The top-level alternatives of <paramref name="pattern"/> ("a|(b|c)|d" → "a", "(b|c)", "d").</summary>
    public static List<string> Alternatives(string pattern)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    private static int ClassEnd(string p, int i)
    {
        i++;
        while (i < p.Length && p[i] != ']')
        {
            i += p[i] == '\\' ? 2 : 1;
        }

        return i;
    }

    /// <summary>The anchors of <paramref name="pattern"/> (lower case), or null when it must always run.</summary>
    public static string[]? Of(string pattern)
    {
        var position = 0;
        try
        {
            var anchors = Alternation(pattern, ref position);
            return position == pattern.Length ? anchors?.Distinct(StringComparer.Ordinal).ToArray() : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Alternatives up to a closing bracket or the end: the union of each one's anchors (null if any has none).</summary>
    private static List<string>? Alternation(string p, ref int i)
    {
        var union = new List<string>();
        var complete = true;
        while (true)
        {
            var anchors = Sequence(p, ref i);
            if (anchors is null)
            {
                complete = false;
            }
            else
            {
                union.AddRange(anchors);
            }

            if (i < p.Length && p[i] == '|')
            {
                i++;
                continue;
            }

            return complete ? union : null;
        }
    }

    /// <summary>One alternative: its best required anchor set (a long literal run, else the smallest group set), or null.</summary>
    private static List<string>? Sequence(string p, ref int i)
    {
        var run = new StringBuilder();
        string? longest = null;
        List<string>? bestGroup = null;
        void EndRun()
        {
            if (run.Length >= MinLength && !Common.Contains(run.ToString()) && (longest is null || run.Length > longest.Length))
            {
                longest = run.ToString();
            }

            run.Clear();
        }

        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            if (p[i] == '(')
            {
                var (inner, lookaround) = Group(p, ref i);
                var required = !lookaround && Required(p, ref i);
                EndRun();
                if (required && inner is { Count: > 0 } && inner.TrueForAll(a => a.Length >= MinLength && !Common.Contains(a))
                    && (bestGroup is null || inner.Count < bestGroup.Count))
                {
                    bestGroup = inner;
                }

                continue;
            }

            var literal = Atom(p, ref i);
            var once = Required(p, ref i, out var repeated);
            if (literal is { } c && once)
            {
                run.Append(char.ToLowerInvariant(c));
                if (repeated)
                {
                    EndRun();
                }
            }
            else
            {
                EndRun();
            }
        }

        EndRun();
        return longest is not null ? [longest] : bestGroup;
    }

    /// <summary>Reads "(…)" and returns its anchors, and whether it is a lookaround or an option switch (never required).</summary>
    private static (List<string>? Anchors, bool Lookaround) Group(string p, ref int i)
    {
        i++;
        var lookaround = false;
        if (i < p.Length && p[i] == '?')
        {
            i++;
            if (p[i] == ':')
            {
                i++;
            }
            else if (p[i] == '<' && p[i + 1] is not ('=' or '!'))
            {
                i = p.IndexOf('>', i) + 1;
            }
            else
            {
                lookaround = true;
                while (i < p.Length && p[i] is '=' or '!' or '<' or 'i' or 'm' or 's' or 'x' or 'n' or '-')
                {
                    i++;
                }

                if (i < p.Length && p[i] == ':')
                {
                    i++;
                }
            }
        }

        var anchors = i < p.Length && p[i] == ')' ? null : Alternation(p, ref i);
        if (i >= p.Length || p[i] != ')')
        {
            throw new FormatException("unbalanced group");
        }

        i++;
        return (anchors, lookaround);
    }

    /// <summary>A literal character, or null for anything else (class, escape class, anchor, dot).</summary>
    private static char? Atom(string p, ref int i)
    {
        var c = p[i++];
        switch (c)
        {
            case '[':
                var depth = 1;
                while (i < p.Length && depth > 0)
                {
                    depth += p[i] == '[' ? 1 : p[i] == ']' ? -1 : 0;
                    i += p[i] == '\\' ? 2 : 1;
                }

                return null;
            case '\\':
                var e = p[i++];
                if (e is 'u')
                {
                    i += 4;
                    return null;
                }

                return char.IsLetterOrDigit(e) ? null : e;
            case '.' or '^' or '$':
                return null;
            default:
                return char.IsLetterOrDigit(c) || c is '-' or '&' or '/' or ';' or ':' or ',' or '\'' or '#' or '+' ? c : null;
        }
    }

    private static bool Required(string p, ref int i) => Required(p, ref i, out _);

    /// <summary>Reads a quantifier after an atom: true when the atom must occur at least once.</summary>
    private static bool Required(string p, ref int i, out bool repeated)
    {
        repeated = false;
        if (i >= p.Length)
        {
            return true;
        }

        var required = true;
        switch (p[i])
        {
            case '?' or '*':
                required = false;
                i++;
                break;
            case '+':
                repeated = true;
                i++;
                break;
            case '{':
                var close = p.IndexOf('}', i);
                var min = p[(i + 1)..close].Split(',')[0];
                required = min.Length > 0 && min != "0";
                repeated = true;
                i = close + 1;
                break;
        }

        if (i < p.Length && p[i] == '?')
        {
            i++;
        }

        return required;
    }
}
