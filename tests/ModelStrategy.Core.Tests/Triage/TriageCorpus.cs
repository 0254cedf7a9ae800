namespace ModelStrategy.Core.Tests.Triage;

/// <summary>
/// Phrasings and the exact fields the parser must understand from each ("field=value; …"; empty = nothing).
/// Every field not listed must stay unset. Split by family across partial files.
/// </summary>
public static partial class TriageCorpus
{
    /// <summary>Every corpus case.</summary>
    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (text, expected) in Cases())
            {
                data.Add(text, expected);
            }

            return data;
        }
    }

    /// <summary>Every corpus case as a tuple.</summary>
    public static IEnumerable<(string Text, string Expected)> Cases() =>
        Money.Concat(Durations).Concat(Latency).Concat(Volume).Concat(Corpus).Concat(Examples)
            .Concat(Baselines).Concat(Risk).Concat(Needs).Concat(Tasks).Concat(Team).Concat(Mixed);
}
