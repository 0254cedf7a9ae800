namespace ModelStrategy.Core.Recommendations;

/// <summary>
/// The project's own words in a recommendation: the use case, the quick-triage text and the phrases quoted from it.
/// They are shown only to the members of the team it was made for; anyone else (a holder of a report link) gets the
/// recommendation with them withheld.
/// </summary>
public static class WithheldFreeText
{
    /// <summary>What stands in for the use case and the text when they are withheld.</summary>
    public const string Withheld = "withheld: only members of the team it was made for see the project's own words";

    /// <summary>What stands in for a phrase quoted from the text.</summary>
    public const string WithheldPhrase = "…";

    /// <summary><paramref name="recommendation"/> with its free text withheld.</summary>
    public static Recommendation Apply(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation with
        {
            Text = recommendation.Text is null ? null : Withheld,
            Constraints = recommendation.Constraints.UseCase.Length == 0 ? recommendation.Constraints : recommendation.Constraints with { UseCase = Withheld },
            Understood = [.. recommendation.Understood.Select(u => u with { Phrase = WithheldPhrase })],
        };
    }
}
