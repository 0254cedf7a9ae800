using ModelStrategy.Core.Triage.Numbers;
using ModelStrategy.Core.Triage.Text;

namespace ModelStrategy.Core.Triage;

/// <summary>One parse in progress: the text, its tokens and quantities, the day it is read, and what is understood.</summary>
internal sealed class TriageScan
{
    private readonly bool[] _claimed;

    /// <summary>Tokenises and scans <paramref name="text"/>, read on <paramref name="today"/> (null: unknown), within <paramref name="limit"/>.</summary>
    public TriageScan(string text, DateOnly? today = null, TimeSpan? limit = null)
    {
        Budget = new TriageBudget(limit ?? TriageBudget.Limit);
        Text = text;
        Lower = text.ToLowerInvariant();
        Today = today;
        Tokens = new TokenText(text);
        Quantities = QuantityScanner.Scan(Tokens);
        Sentences = SplitSentences(Tokens);
        _claimed = new bool[Quantities.Count];
        Findings = new TriageFindings(text);
    }

    /// <summary>The text being read.</summary>
    public string Text { get; }

    /// <summary>The text in lower case (for cheap look-ups before a pattern runs).</summary>
    public string Lower { get; }

    /// <summary>The day the text is read, for calendar deadlines; null when unknown.</summary>
    public DateOnly? Today { get; }

    /// <summary>The sentences of the text (spans between sentence boundaries), where patterns are run.</summary>
    public IReadOnlyList<TriagePhrase> Sentences { get; }

    /// <summary>The tokens of the text.</summary>
    public TokenText Tokens { get; }

    /// <summary>Every number in the text, in order.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>What has been understood.</summary>
    public TriageFindings Findings { get; }

    /// <summary>Sentences that count labelled examples (where review words speak about label quality).</summary>
    public IReadOnlyList<TriagePhrase> LabelledSentences => _labelled;

    private readonly List<TriagePhrase> _labelled = [];

    /// <summary>Records the sentence that holds token <paramref name="token"/> as one counting labelled examples.</summary>
    public void AddLabelledSentence(int token)
    {
        var start = Tokens[token].Start;
        foreach (var sentence in Sentences)
        {
            if (start >= sentence.Index && start < sentence.Index + sentence.Length)
            {
                if (!_labelled.Contains(sentence))
                {
                    _labelled.Add(sentence);
                }

                return;
            }
        }
    }

    /// <summary>The time budget of this parse.</summary>
    public TriageBudget Budget { get; }

    /// <summary>True when quantity <paramref name="index"/> already feeds a field.</summary>
    public bool IsClaimed(int index) => _claimed[index];

    /// <summary>Marks quantity <paramref name="index"/> as feeding a field (each number feeds one).</summary>
    public void Claim(int index) => _claimed[index] = true;

    /// <summary>True when the sentence <paramref name="span"/> may hold a match of a pattern with <paramref name="anchors"/>.</summary>
    public bool MayMatch(string[]? anchors, TriagePhrase span)
    {
        if (anchors is null)
        {
            return true;
        }

        var sentence = Lower.AsSpan(span.Index, span.Length);
        foreach (var anchor in anchors)
        {
            if (sentence.Contains(anchor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TriagePhrase> SplitSentences(TokenText t)
    {
        var sentences = new List<TriagePhrase>();
        var first = -1;
        for (var i = 0; i <= t.Count; i++)
        {
            if (i == t.Count || t.IsHardBoundary(i))
            {
                if (first >= 0)
                {
                    sentences.Add(t.Span(first, i - 1));
                }

                first = -1;
            }
            else if (first < 0)
            {
                first = i;
            }
        }

        return sentences;
    }

    /// <summary>The unclaimed quantities with their indices.</summary>
    public IEnumerable<(int Index, Quantity Quantity)> Free()
    {
        for (var i = 0; i < Quantities.Count; i++)
        {
            if (!_claimed[i] && !Quantities[i].Foreign)
            {
                yield return (i, Quantities[i]);
            }
        }
    }
}
