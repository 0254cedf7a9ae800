using System.Reflection;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Storage;

namespace ModelStrategy.Bot.Tests.Architecture;

public sealed class CoreDependencyTests
{
    private static readonly string[] ForbiddenInCore =
    [
        "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "StackExchange.Redis", "Newtonsoft",
        "Microsoft.Bot", "Microsoft.Agents", "SlackNet", "ModelStrategy.Storage", "ModelStrategy.Bot",
    ];

    [Fact]
    public void CoreAssembly_ReferencedAssemblies_ContainNoWebStorageOrChannelSdk()
    {
        // Arrange
        var core = typeof(ProjectConstraints).Assembly;

        // Act
        var offending = Offending(core, ForbiddenInCore);

        // Assert
        Assert.Empty(offending);
    }

    [Fact]
    public void StorageAssembly_ReferencedAssemblies_ContainNoAspNetCore()
    {
        // Arrange
        var storage = typeof(StorageOptions).Assembly;

        // Act
        var offending = Offending(storage, ["Microsoft.AspNetCore", "ModelStrategy.Bot", "Newtonsoft"]);

        // Assert
        Assert.Empty(offending);
    }

    private static string[] Offending(Assembly assembly, IEnumerable<string> prefixes) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))];
}
