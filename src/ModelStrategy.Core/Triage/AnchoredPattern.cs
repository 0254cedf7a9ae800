using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>A pattern with its anchors (<see cref="PatternAnchors"/>), run only when the text may hold a match.</summary>
internal sealed class AnchoredPattern
{
    private readonly Regex _regex;
    private readonly string[]? _anchors;

    /// <summary>Compiles <paramref name="pattern"/> (see <see cref="TriagePatterns.Create"/>).</summary>
    public AnchoredPattern(string pattern)
    {
        _regex = TriagePatterns.Create(pattern);
        _anchors = PatternAnchors.Of(_regex.ToString());
    }

    /// <summary>The first match in the scan's sentences, or an unsuccessful match.</summary>
    public Match Match(TriageScan scan)
    {
        if (TriagePatterns.MayMatch(_anchors, scan.Lower))
        {
            foreach (var sentence in scan.Sentences)
            {
                if (scan.MayMatch(_anchors, sentence) && scan.Budget.TrySpend(sentence.Length)
                    && _regex.Match(scan.Text, sentence.Index, sentence.Length) is { Success: true } match)
                {
                    return match;
                }
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }
}
