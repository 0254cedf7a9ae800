namespace ModelStrategy.Core.Conversations;

/// <summary>Who sent an input.</summary>
/// <param name="Id">The channel's stable user id.</param>
/// <param name="Name">The display name, recorded with each answer.</param>
public sealed record Actor(string Id, string Name);
