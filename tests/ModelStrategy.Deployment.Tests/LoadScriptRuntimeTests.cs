using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// The .NET runtime settings the image ships (the Dockerfile's ENV DOTNET_* pairs) are the ones the load scripts measure
/// the host with (tests/load/runtime-env.sh) and the ones `dotnet run` starts it with (launchSettings.json).
/// </summary>
[Trait("Category", "Deployment")]
public sealed partial class LoadScriptRuntimeTests
{
    [Fact]
    public async Task ImageRuntimeEnv_PrintsExactlyTheDockerfilesDotnetSettings()
    {
        // Arrange
        var shipped = Dockerfile.Load().EnvPairs("DOTNET_");

        // Act
        var result = await ProcessRunner.RunAsync("bash", ["-c", "source tests/load/runtime-env.sh && image_runtime_env"], RepositoryFiles.PathOf("."),
            new Dictionary<string, string> { ["ROOT"] = RepositoryFiles.PathOf(".") });

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("DOTNET_TC_CallCountingDelayMs=0", shipped); // The setting docs/PERFORMANCE.md's measurements depend on.
        Assert.Equal(shipped, result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void EveryLoadScriptStartingTheHost_PassesTheImageRuntimeSettings()
    {
        // Arrange
        var scripts = Directory.GetFiles(RepositoryFiles.PathOf("tests", "load"), "*.sh")
            .Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path)))
            .Where(script => script.Text.Contains("dotnet ModelStrategy.Bot.dll", StringComparison.Ordinal))
            .ToList();

        // Assert
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.Contains("source \"$ROOT/tests/load/runtime-env.sh\"", script.Text, StringComparison.Ordinal);
            var launches = HostLaunch().Matches(script.Text);
            Assert.True(launches.Count > 0, $"{script.Name} starts the host in a way this test does not recognise");
            Assert.All(launches, launch => Assert.Contains("$(image_runtime_env)", launch.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void LaunchSettings_StartTheHostWithTheImagesDotnetSettings()
    {
        // Arrange
        var shipped = Dockerfile.Load().EnvPairs("DOTNET_");
        using var launch = JsonDocument.Parse(RepositoryFiles.Read("src", "ModelStrategy.Bot", "Properties", "launchSettings.json"));

        // Act
        var profiles = launch.RootElement.GetProperty("profiles").EnumerateObject()
            .Select(profile => (profile.Name, Dotnet: profile.Value.GetProperty("environmentVariables").EnumerateObject()
                .Where(variable => variable.Name.StartsWith("DOTNET_", StringComparison.Ordinal))
                .Select(variable => $"{variable.Name}={variable.Value.GetString()}")
                .ToList()))
            .ToList();

        // Assert
        Assert.NotEmpty(shipped);
        Assert.NotEmpty(profiles);
        Assert.All(profiles, profile => Assert.Equal(shipped, profile.Dotnet));
    }

    /// <summary>One `exec env … dotnet ModelStrategy.Bot.dll` command, continuation lines included.</summary>
    [GeneratedRegex(@"exec env (?:[^\n]|\\\n)*?dotnet ModelStrategy\.Bot\.dll", RegexOptions.None, 1000)]
    private static partial Regex HostLaunch();
}
