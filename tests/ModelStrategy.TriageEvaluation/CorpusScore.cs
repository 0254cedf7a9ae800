namespace ModelStrategy.TriageEvaluation;

/// <summary>How one field did over a corpus.</summary>
public sealed class FieldTally(string field)
{
    /// <summary>The constraint field.</summary>
    public string Field { get; } = field;

    /// <summary>Messages that state it.</summary>
    public int Stated { get; set; }

    /// <summary>Of those, how many the parser understood with the right value.</summary>
    public int Understood { get; set; }

    /// <summary>Messages where the parser set it.</summary>
    public int Set { get; set; }

    /// <summary>Of those, how many it set to the stated value.</summary>
    public int Correct { get; set; }

    /// <summary>Understood ÷ stated (1 when nothing is stated).</summary>
    public double Recall => Stated == 0 ? 1 : (double)Understood / Stated;

    /// <summary>Correct ÷ set (1 when nothing is set).</summary>
    public double Precision => Set == 0 ? 1 : (double)Correct / Set;
}

/// <summary>One disagreement between the parser and a label.</summary>
/// <param name="Id">The message.</param>
/// <param name="Field">The field.</param>
/// <param name="Expected">The label, or null when the text does not state the field.</param>
/// <param name="Got">What the parser set, or null when it set nothing.</param>
/// <param name="Phrase">The words the parser read it from.</param>
public sealed record Miss(string Id, string Field, string? Expected, string? Got, string? Phrase);

/// <summary>The score of one corpus part.</summary>
public sealed class CorpusScore
{
    /// <summary>Per field, in the API's field order.</summary>
    public required IReadOnlyList<FieldTally> Fields { get; init; }

    /// <summary>Messages read.</summary>
    public required int Messages { get; init; }

    /// <summary>Messages whose parsed constraints give the same path as their labels.</summary>
    public required int SamePath { get; init; }

    /// <summary>Every disagreement.</summary>
    public required IReadOnlyList<Miss> Misses { get; init; }

    /// <summary>Ids of messages whose path differs.</summary>
    public required IReadOnlyList<string> OtherPath { get; init; }

    /// <summary>All fields' understood ÷ stated.</summary>
    public double Recall => Ratio(Fields.Sum(f => f.Understood), Fields.Sum(f => f.Stated));

    /// <summary>All fields' correct ÷ set.</summary>
    public double Precision => Ratio(Fields.Sum(f => f.Correct), Fields.Sum(f => f.Set));

    /// <summary>Same path ÷ messages.</summary>
    public double PathAgreement => Ratio(SamePath, Messages);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
