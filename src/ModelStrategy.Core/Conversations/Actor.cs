namespace ModelStrategy.Core.Conversations;

/// <summary>Who sent an input.</summary>
/// <param name="Id">The channel's stable user id.</param>
/// <param name="Name">The display name, recorded with each answer (cut to <see cref="Constraints.FreeText.MaxNameLength"/> characters).</param>
public sealed record Actor(string Id, string Name)
{
    /// <summary>The display name, recorded with each answer.</summary>
    public string Name { get; init; } = Constraints.FreeText.Cap(Name, Constraints.FreeText.MaxNameLength);
}
