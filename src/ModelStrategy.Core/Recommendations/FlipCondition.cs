using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>A single-constraint change that would change the recommended path.</summary>
/// <param name="Field">The constraint field.</param>
/// <param name="From">Its current value, as shown.</param>
/// <param name="To">The value that flips the answer, as shown.</param>
/// <param name="NewPath">The path that would be recommended instead.</param>
/// <param name="Description">The change in plain words.</param>
public sealed record FlipCondition(string Field, string From, string To, PathId NewPath, string Description)
{
    /// <summary>The value that flips the answer in the API's wire form; null in recommendations stored before it was kept.</summary>
    public string? ToValue { get; init; }
}
