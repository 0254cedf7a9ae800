namespace ModelStrategy.Core.Cards;

/// <summary>Where the dialog is: "step 3 of 8".</summary>
/// <param name="Current">This step, from 1.</param>
/// <param name="Total">The steps expected in all (it can shrink when an answer makes later questions moot).</param>
public sealed record StepProgress(int Current, int Total)
{
    /// <summary>"step 3 of 8".</summary>
    public string Text => $"step {Current} of {Total}";
}
