using System.Text.Json.Serialization;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Conversations.State;

/// <summary>One dialog: what was prefilled, every answer with who gave it, and where it stands.</summary>
internal sealed record DialogState
{
    public required string DialogId { get; init; }

    public required DialogMode Mode { get; init; }

    /// <summary>Counts every change; cards carry it, so a click on an older card is recognised.</summary>
    public required int Turn { get; init; }

    /// <summary>The step on the live card: a question id, "adjust", "adjust:{field}" or "result".</summary>
    public required string StepId { get; init; }

    /// <summary>How it started (quick triage can be refined into the guided flow).</summary>
    public required DialogOrigin Origin { get; init; }

    /// <summary>Constraints known before the first question (from quick triage or the opening message).</summary>
    public ProjectConstraints Prefill { get; init; } = new();

    /// <summary>Every answer in order; a null value means skipped or reset (the default stands in).</summary>
    public IReadOnlyList<AnswerRecord> Answers { get; init; } = [];

    public string? LastRecommendationId { get; init; }

    public required DateTimeOffset LastActivityAt { get; init; }

    /// <summary>The constraints as they stand: the prefill with every answer applied in order.</summary>
    [JsonIgnore]
    public ProjectConstraints Known => Answers.Aggregate(Prefill, (c, a) =>
        a.Value is null ? FieldValues.Clear(c, a.Field) : FieldValues.Set(c, a.Field, a.Value) ?? c);

    /// <summary>Guided steps answered or skipped so far, in order (adjustments excluded).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> AskedSteps => [.. Answers.Select(a => a.StepId).Where(id => QuestionCatalog.Find(id) is not null).Distinct()];
}

/// <summary>Where a dialog stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DialogMode>))]
internal enum DialogMode
{
    /// <summary>A guided question is on the live card.</summary>
    Asking,
    /// <summary>A recommendation is on the live card.</summary>
    Result,
    /// <summary>One answer of a result is being changed.</summary>
    Adjusting,
}

/// <summary>How a dialog started.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DialogOrigin>))]
internal enum DialogOrigin
{
    /// <summary>Start, restart or an opening message.</summary>
    Guided,
    /// <summary>"quick …".</summary>
    Quick,
}
