using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>A pattern with its anchors (<see cref="PatternAnchors"/>), run only when the text may hold a match.</summary>
internal sealed class AnchoredPattern
{
    private readonly PatternPart[] _parts;

    /// <summary>Compiles <paramref name="pattern"/> (see <see cref="TriagePatterns.Create"/>).</summary>
    public AnchoredPattern(string pattern) => _parts = PatternPart.Split(TriagePatterns.Create(pattern));

    /// <summary>The earliest match in the scan's sentences, or an unsuccessful match.</summary>
    public Match Match(TriageScan scan)
    {
        var best = System.Text.RegularExpressions.Match.Empty;
        foreach (var part in _parts)
        {
            foreach (var match in part.Matches(scan))
            {
                if (!best.Success || match.Index < best.Index)
                {
                    best = match;
                }

                break;
            }
        }

        return best;
    }
}
