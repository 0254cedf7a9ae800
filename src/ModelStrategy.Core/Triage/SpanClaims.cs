namespace ModelStrategy.Core.Triage;

/// <summary>
/// Character spans of the text that a recogniser has already used, so that one phrase never feeds two fields
/// of the same family (the "40k" in "$40k" is money, never also a count).
/// </summary>
internal sealed class SpanClaims
{
    private readonly List<(int Start, int End)> _spans = [];

    /// <summary>True when [start, start + length) overlaps a claimed span.</summary>
    public bool Overlaps(int start, int length)
    {
        var end = start + length;
        foreach (var (s, e) in _spans)
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Claims [start, start + length).</summary>
    public void Add(int start, int length) => _spans.Add((start, start + length));
}
