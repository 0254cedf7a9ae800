namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>One understood answer: a field and its value (wire name or number).</summary>
internal sealed record FieldAnswer(string Field, string Value);
