namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>Teams spells the sample conversation as a Bot Framework user in an Entra tenant.</summary>
internal static partial class CardSamples
{
    private static partial DialogIds Ids => new("teams", "tenant-1", "29:ana");
}
