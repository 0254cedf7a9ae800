using System.Text.Json.Serialization;

namespace ModelStrategy.Core.Paths;

/// <summary>The seven ways to build the feature, lightest first (the ladder).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PathId>))]
public enum PathId
{
    /// <summary>A pre-trained model with prompt design and output constraints.</summary>
    [JsonStringEnumMemberName("prompting")] Prompting,
    /// <summary>Retrieval-augmented generation over our own content.</summary>
    [JsonStringEnumMemberName("rag")] Rag,
    /// <summary>LoRA/QLoRA on an open-weight model (or a managed service where sensitivity allows).</summary>
    [JsonStringEnumMemberName("peft")] Peft,
    /// <summary>Retrieval plus a LoRA-tuned model.</summary>
    [JsonStringEnumMemberName("rag-peft")] RagPeft,
    /// <summary>Updating every weight of an open model.</summary>
    [JsonStringEnumMemberName("full-fine-tune")] FullFineTune,
    /// <summary>Domain-adaptive pretraining on our corpus, then fine-tuning.</summary>
    [JsonStringEnumMemberName("continued-pretraining")] ContinuedPretraining,
    /// <summary>Our own base model trained from nothing.</summary>
    [JsonStringEnumMemberName("from-scratch")] FromScratch,
}
