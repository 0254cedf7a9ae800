using System.Text.RegularExpressions;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// One top-level alternative of a pattern, compiled on its own with its anchors (<see cref="PatternAnchors"/>), so that
/// each alternative runs only on the sentences that hold one of its own anchor words.
/// </summary>
/// <param name="Regex">The alternative.</param>
/// <param name="Anchors">Its anchors, or null when it must always run.</param>
internal sealed record PatternPart(Regex Regex, string[]? Anchors)
{
    /// <summary>The alternatives of <paramref name="pattern"/>, each with the same options and timeout.</summary>
    public static PatternPart[] Split(Regex pattern)
    {
        var alternatives = PatternAnchors.Alternatives(pattern.ToString());
        if (alternatives.Count == 1)
        {
            return [new PatternPart(pattern, PatternAnchors.Of(pattern.ToString()))];
        }

        return [.. alternatives.Select(a => new PatternPart(new Regex(a, pattern.Options, pattern.MatchTimeout), PatternAnchors.Of(a)))];
    }

    /// <summary>The matches of this part in the scan's sentences that hold an anchor, within the work budget and match cap.</summary>
    public IEnumerable<Match> Matches(TriageScan scan)
    {
        if (!TriagePatterns.MayMatch(Anchors, scan.Lower))
        {
            yield break;
        }

        var seen = 0;
        foreach (var sentence in scan.Sentences)
        {
            if (!scan.MayMatch(Anchors, sentence) || !scan.Budget.TrySpend(sentence.Length))
            {
                continue;
            }

            for (var match = Regex.Match(scan.Text, sentence.Index, sentence.Length); match.Success; match = match.NextMatch())
            {
                if (++seen > TriageBudget.MaxMatchesPerPattern)
                {
                    yield break;
                }

                yield return match;
            }
        }
    }
}
