using System.Text.Json.Serialization;

namespace ModelStrategy.Core.Constraints;

/// <summary>The task family of the AI feature.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskType>))]
public enum TaskType
{
    /// <summary>Question answering.</summary>
    [JsonStringEnumMemberName("qa")] Qa,
    /// <summary>Summarisation.</summary>
    [JsonStringEnumMemberName("summarization")] Summarization,
    /// <summary>Structured extraction.</summary>
    [JsonStringEnumMemberName("extraction")] Extraction,
    /// <summary>Classification or routing.</summary>
    [JsonStringEnumMemberName("classification")] Classification,
    /// <summary>Open generation (drafting, writing).</summary>
    [JsonStringEnumMemberName("generation")] Generation,
    /// <summary>Code generation.</summary>
    [JsonStringEnumMemberName("code")] Code,
    /// <summary>Tool-using agent.</summary>
    [JsonStringEnumMemberName("agent")] Agent,
    /// <summary>Anything else.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>What is missing today.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Need>))]
public enum Need
{
    /// <summary>The model lacks our facts or documents.</summary>
    [JsonStringEnumMemberName("knowledge")] Knowledge,
    /// <summary>The model does not behave as needed (format, tone, schema, consistency).</summary>
    [JsonStringEnumMemberName("behavior")] Behavior,
    /// <summary>Both knowledge and behaviour.</summary>
    [JsonStringEnumMemberName("both")] Both,
    /// <summary>Nothing beyond a good base model.</summary>
    [JsonStringEnumMemberName("general")] General,
    /// <summary>Public models do not understand our domain language or modality.</summary>
    [JsonStringEnumMemberName("domain-language")] DomainLanguage,
}

/// <summary>How fast the facts change.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeChange>))]
public enum KnowledgeChange
{
    /// <summary>Every day.</summary>
    [JsonStringEnumMemberName("daily")] Daily,
    /// <summary>Every week.</summary>
    [JsonStringEnumMemberName("weekly")] Weekly,
    /// <summary>Every month.</summary>
    [JsonStringEnumMemberName("monthly")] Monthly,
    /// <summary>Rarely.</summary>
    [JsonStringEnumMemberName("rarely")] Rarely,
}

/// <summary>Quality of the labelled data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataQuality>))]
public enum DataQuality
{
    /// <summary>Reviewed, consistent labels.</summary>
    [JsonStringEnumMemberName("clean")] Clean,
    /// <summary>Partly reviewed.</summary>
    [JsonStringEnumMemberName("mixed")] Mixed,
    /// <summary>Unreviewed or inconsistent.</summary>
    [JsonStringEnumMemberName("noisy")] Noisy,
}

/// <summary>How sensitive the data is, which decides where the model may run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataSensitivity>))]
public enum DataSensitivity
{
    /// <summary>Public data.</summary>
    [JsonStringEnumMemberName("public")] Public,
    /// <summary>Internal data.</summary>
    [JsonStringEnumMemberName("internal")] Internal,
    /// <summary>PII or trade secrets: no third-party processing without strict terms.</summary>
    [JsonStringEnumMemberName("confidential")] Confidential,
    /// <summary>Must stay on our own infrastructure.</summary>
    [JsonStringEnumMemberName("sovereign")] Sovereign,
}

/// <summary>The team's machine-learning capability.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MlExpertise>))]
public enum MlExpertise
{
    /// <summary>No ML engineers.</summary>
    [JsonStringEnumMemberName("none")] None,
    /// <summary>Can run standard tooling.</summary>
    [JsonStringEnumMemberName("basic")] Basic,
    /// <summary>Experienced ML engineers.</summary>
    [JsonStringEnumMemberName("strong")] Strong,
    /// <summary>ML researchers and systems engineers.</summary>
    [JsonStringEnumMemberName("research")] Research,
}

/// <summary>The best prompting or RAG attempt so far.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Baseline>))]
public enum Baseline
{
    /// <summary>Nothing tried yet.</summary>
    [JsonStringEnumMemberName("untried")] Untried,
    /// <summary>Close to the target with recurring errors.</summary>
    [JsonStringEnumMemberName("close")] Close,
    /// <summary>Far from the target.</summary>
    [JsonStringEnumMemberName("far")] Far,
}
