namespace ModelStrategy.Core.Estimation;

/// <summary>Phase durations in weeks (median, P10, P90), computed once: ESTIMATION-RESEARCH §1.8 and §3.</summary>
internal static class Durations
{
    /// <summary>Data access for public data.</summary>
    public static readonly Spread AccessPublic = Spread.Range(0.25, 0.1, 0.5);

    /// <summary>Half a week (a quarter to one).</summary>
    public static readonly Spread HalfWeek = Spread.Range(0.5, 0.25, 1);

    /// <summary>One week (half to two).</summary>
    public static readonly Spread OneWeek = Spread.Range(1, 0.5, 2);

    /// <summary>Data access and approvals for sovereign data.</summary>
    public static readonly Spread AccessSovereign = Spread.Range(2.5, 1.5, 5);

    /// <summary>Two weeks (one to four).</summary>
    public static readonly Spread TwoWeeks = Spread.Range(2, 1, 4);

    /// <summary>Indexing done alongside data curation.</summary>
    public static readonly Spread IndexAlongsideCuration = Spread.Range(0.75, 0.4, 1.5);

    /// <summary>One LoRA train-and-evaluate iteration.</summary>
    public static readonly Spread LoraIteration = Spread.Range(0.35, 0.2, 0.6);

    /// <summary>Curation for a full fine-tune.</summary>
    public static readonly Spread FullFineTuneCuration = Spread.Range(1.5, 0.75, 3);

    /// <summary>One full fine-tune train-and-evaluate iteration.</summary>
    public static readonly Spread FullFineTuneIteration = Spread.Range(0.8, 0.5, 1.5);

    /// <summary>Corpus curation, deduplication and licensing (4–12 weeks).</summary>
    public static readonly Spread CorpusCuration = Spread.Range(6, 4, 12);

    /// <summary>Booking GPU capacity (capacity blocks up to 8 weeks ahead).</summary>
    public static readonly Spread CapacityBooking = Spread.Range(2, 0.5, 8);

    /// <summary>Pretraining data pipeline and tokenizer (2–6 months).</summary>
    public static readonly Spread DataPipeline = Spread.Range(12, 8, 26);

    /// <summary>Cluster procurement and setup.</summary>
    public static readonly Spread ClusterProcurement = Spread.Range(4, 2, 12);

    /// <summary>Instruction and preference tuning after pretraining.</summary>
    public static readonly Spread PostTraining = Spread.Range(6, 3, 10);
}
