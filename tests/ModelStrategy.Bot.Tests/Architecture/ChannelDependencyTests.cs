using ModelStrategy.Channels.Slack;
using ModelStrategy.Channels.Teams;

namespace ModelStrategy.Bot.Tests.Architecture;

/// <summary>The two channels translate to and from Core; they never know each other, storage or the host.</summary>
public sealed class ChannelDependencyTests
{
    [Fact]
    public void SlackAssembly_ReferencesNeitherTeamsNorStorageNorTheHostNorAnSdk()
    {
        var references = typeof(SlackChannelMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("ModelStrategy.Channels.Teams", StringComparison.Ordinal)
            || n.StartsWith("ModelStrategy.Storage", StringComparison.Ordinal) || n.StartsWith("ModelStrategy.Bot", StringComparison.Ordinal)
            || n.StartsWith("SlackNet", StringComparison.Ordinal) || n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
        Assert.Contains("ModelStrategy.Core", references);
    }

    [Fact]
    public void TeamsAssembly_DoesNotReferenceSlack()
    {
        var references = typeof(TeamsChannelMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, n => n.StartsWith("ModelStrategy.Channels.Slack", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedHttpAssembly_KnowsNoChannelNoCoreAndNoStorage()
    {
        var references = typeof(ModelStrategy.Channels.Http.OutboundPolicies).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, n => n.StartsWith("ModelStrategy.", StringComparison.Ordinal));
    }
}
