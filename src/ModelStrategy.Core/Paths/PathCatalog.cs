namespace ModelStrategy.Core.Paths;

/// <summary>The seven paths with their common names, ladder rung, pros, cons and failure modes.</summary>
public static class PathCatalog
{
    private static readonly PathInfo[] Infos =
    [
        new(PathId.Prompting, "Prompt a pre-trained model", "Prompting", 0,
            ["Launches in days: no training data and no training runs", "Cheapest to build and easy to change as requirements move", "Swap in a better base model whenever one ships"],
            ["Knows nothing about your private documents", "Long instructions cost tokens on every call", "Format and tone drift on edge cases"],
            ["Prompt regressions when the provider updates the model", "Hallucinated facts when the answer needs private knowledge"]),
        new(PathId.Rag, "Retrieval-augmented generation (RAG)", "RAG", 1,
            ["Answers from your own, current documents without touching model weights", "Update the knowledge by re-indexing, in minutes", "Citations make answers auditable", "No dedicated ML team needed"],
            ["Answer quality is capped by retrieval quality", "Retrieved context makes every prompt longer and slower", "Does not teach the model a new format, tone or judgement"],
            ["Stale or missing documents in the index", "Retrieval misses that look like confident wrong answers", "Leaking documents to users who should not see them without per-user filtering"]),
        new(PathId.Peft, "Fine-tune with LoRA/QLoRA", "LoRA/QLoRA", 2,
            ["Teaches format, tone and task judgement that prompting cannot hold", "Small adapters: training runs take hours on one GPU and cost dollars", "Less catastrophic forgetting than updating every weight", "A small tuned model can beat a large general one on a narrow task"],
            ["Needs hundreds to thousands of clean labelled examples", "Facts learned in weights go stale and are hard to update", "You inherit the base model's quirks and must re-tune when it changes"],
            ["Overfitting to a small or narrow training set", "Data quality collapse: noisy labels teach the wrong behaviour", "Catastrophic forgetting of general skills if tuned too hard"]),
        new(PathId.RagPeft, "Hybrid: RAG plus a LoRA-tuned model", "RAG + LoRA", 2,
            ["Retrieval keeps facts current while the adapter fixes behaviour", "Shorter prompts once the format lives in the weights", "Each half can be improved and rolled back on its own"],
            ["Two systems to build, evaluate and operate", "Needs both a good index and a labelled training set", "Harder to tell which half caused a regression"],
            ["Stale index and drifting adapter at the same time", "Overfitting of the adapter to the retrieval quirks it was trained with"]),
        new(PathId.FullFineTune, "Full fine-tuning", "Full fine-tune", 3,
            ["Maximum adaptation of an existing model's behaviour", "No adapter overhead at serving time", "Best when the task is large, stable and well labelled"],
            ["Memory, not FLOPs, sets the bill: a copy of every weight plus optimiser state", "Needs thousands of examples and strong ML engineers", "Every base-model upgrade means retraining"],
            ["Catastrophic forgetting of general skills", "Alignment erosion: safety behaviour can weaken", "Overfitting and silent regressions between runs"]),
        new(PathId.ContinuedPretraining, "Continued (domain-adaptive) pretraining", "Continued pretraining", 4,
            ["Teaches a public model your domain's vocabulary and patterns", "Far cheaper than training from scratch while reaching similar domain quality", "A smaller domain model can match a much larger general one"],
            ["Needs billions of tokens of clean domain text", "Still needs fine-tuning (and usually retrieval) afterwards", "GPU clusters, data pipelines and weeks of engineering"],
            ["Catastrophic forgetting without replay of general data", "Training instability on long runs", "Licensing or privacy problems hidden in the corpus"]),
        new(PathId.FromScratch, "Train a model from scratch", "From scratch", 5,
            ["Full control of data, architecture, size and lifecycle", "Can be a durable moat when the data is unique and large", "Nothing inherited from someone else's training choices"],
            ["Millions of dollars of compute and a research team", "Months before the first usable model", "You own safety, evaluation, retraining and incident response forever"],
            ["Pretraining instability and failed runs", "Governance burden of a model you must fully document and audit", "The model is outdated by public releases before it pays back"]),
    ];

    /// <summary>All paths, lightest first.</summary>
    public static IReadOnlyList<PathInfo> All => Infos;

    /// <summary>The info of one path.</summary>
    public static PathInfo Get(PathId id) => Infos[(int)id];
}
