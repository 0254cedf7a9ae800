using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Estimation;

/// <summary>
/// Tokens in one supervised training example (prompt and answer), by task: the tokens_per_example of
/// D = n_examples · tokens_per_example · epochs (ESTIMATION-RESEARCH §3.1). Listed with every training estimate.
/// </summary>
internal static class ExampleLengths
{
    private const string Source =
        "training tokens = examples × tokens per example × epochs, about 1,000 tokens per example; " +
        "LIMA (Zhou et al., arXiv:2305.11206) averaged about 750; the per-task length is an assumption: check a sample of your data";

    private const string AsOf = "2026-11";

    private static readonly Figure Classification = Length("classification", 300);
    private static readonly Figure Extraction = Length("extraction", 800);
    private static readonly Figure Qa = Length("question answering", 600);
    private static readonly Figure Summarization = Length("summarisation", 1500);
    private static readonly Figure Agent = Length("agent", 1500);
    private static readonly Figure Generation = Length("generation and code", 1000);
    private static readonly Figure Other = Length("other tasks", 800);

    /// <summary>The length of one training example for <paramref name="task"/>, with its range and source.</summary>
    public static Figure For(TaskType task) => task switch
    {
        TaskType.Classification => Classification,
        TaskType.Extraction => Extraction,
        TaskType.Qa => Qa,
        TaskType.Summarization => Summarization,
        TaskType.Agent => Agent,
        TaskType.Generation or TaskType.Code => Generation,
        _ => Other,
    };

    private static Figure Length(string task, double tokens) =>
        new($"Tokens per training example ({task})", tokens, tokens / 2, tokens * 2, "tokens", Source, AsOf, "U");
}
