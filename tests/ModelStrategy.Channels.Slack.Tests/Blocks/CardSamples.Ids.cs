namespace ModelStrategy.Tests.Shared.Cards;

/// <summary>Slack spells the sample conversation as a member of a workspace.</summary>
internal static partial class CardSamples
{
    private static partial DialogIds Ids => new("slack", "T0TEAM", "U0ANA");
}
