using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>What to do first on each path: eval set first, canary gates and a rollback plan always (seed 003).</summary>
internal static class NextSteps
{
    public static IReadOnlyList<string> For(PathId path, int targetExamples)
    {
        var steps = new List<string>
        {
            "Build an evaluation set before anything else: routine, edge and adversarial cases, scored per segment",
            "Record baseline metrics: task success, human correction rate, p95 latency and cost per successful outcome",
        };
        steps.AddRange(path switch
        {
            PathId.Prompting => ["Write the instructions, examples and output schema; version prompts like code and test them on the eval set"],
            PathId.Rag => Retrieval,
            PathId.Peft => FineTuning(targetExamples),
            PathId.RagPeft => [.. Retrieval, .. FineTuning(targetExamples)],
            PathId.FullFineTune => [.. FineTuning(targetExamples), "Keep the LoRA run as the baseline; move to full fine-tuning only where LoRA plateaus"],
            PathId.ContinuedPretraining =>
            [
                "Curate, deduplicate and license the domain corpus; mix in ~10% general text to limit forgetting",
                $"After the domain run, instruction-tune the adapted model and add retrieval ({Sources.ChipNeMoCite} used all three)",
            ],
            _ =>
            [
                "First run a continued-pretraining pilot on an open checkpoint: usually faster and cheaper",
                "Plan it as a multi-year programme with budget, infrastructure, safety evaluations and incident response",
            ],
        });
        steps.Add("Roll out behind canary gates with rollback thresholds, and write the rollback plan before launch");
        steps.Add("Re-evaluate every quarter: base models, data and traffic drift");
        return steps;
    }

    private static string[] Retrieval =>
    [
        "Index one document set first and measure retrieval hit rate before tuning the prompt",
        "Filter retrieved documents by each user's permissions",
    ];

    private static string[] FineTuning(int targetExamples) =>
    [
        $"Collect and clean about {targetExamples:N0} labelled examples; hold out 20% for evaluation",
        "Run a LoRA pilot on an open 8B model and compare it with the prompted baseline, segment by segment",
    ];
}
