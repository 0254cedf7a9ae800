namespace ModelStrategy.Core.Conversations.State;

/// <summary>One answer to one field, and who gave it.</summary>
/// <param name="StepId">The step it answered ("adjust" for a change after the result).</param>
/// <param name="Field">The constraint field.</param>
/// <param name="Value">Wire name or number; null when skipped (the typical value stands in).</param>
/// <param name="ActorId">Who answered.</param>
/// <param name="ActorName">Their display name.</param>
/// <param name="At">When.</param>
internal sealed record AnswerRecord(string StepId, string Field, string? Value, string ActorId, string ActorName, DateTimeOffset At);
