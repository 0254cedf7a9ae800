using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

[Trait("Category", "Deployment")]
[Trait("Tier", "External")]
public sealed partial class BicepTemplatesTests
{
    private static readonly Dictionary<string, string> DeploymentEnvironment = new()
    {
        ["BOT_APP_ID"] = "11111111-2222-3333-4444-555555555555",
        ["BOT_TENANT_ID"] = "66666666-7777-8888-9999-000000000000",
        ["TEAMS_APP_PASSWORD"] = $"from-the-environment-{Guid.NewGuid():N}",
    };

    [Fact]
    public async Task Build_EveryTemplate_CompilesWithoutDiagnostics()
    {
        // Act
        var (result, output) = await BicepRuns.BuildAsync();

        // Assert
        Assert.True(result.ExitCode == 0 && (result.StandardOutput + result.StandardError).Trim().Length == 0, result.ToString());
        Assert.Contains("main.bicep", BicepRuns.Templates);
        Assert.All(BicepRuns.Templates, template =>
            Assert.True(File.Exists(Path.Combine(output, Path.ChangeExtension(template, ".json"))), $"{template} was not compiled"));
    }

    [Fact]
    public async Task Lint_EveryTemplate_ReportsNothing()
    {
        // Act
        var result = await BicepRuns.LintAsync();

        // Assert
        Assert.True(result.ExitCode == 0 && (result.StandardOutput + result.StandardError).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task ParametersFile_WithDeploymentEnvironment_BuildsAndLintsClean()
    {
        // Act
        var build = await BicepCli.RunAsync(DeploymentEnvironment, "build-params", "main.bicepparam", "--stdout");
        var lint = await BicepCli.RunAsync(DeploymentEnvironment, "lint", "main.bicepparam");

        // Assert
        Assert.True(build.ExitCode == 0 && build.StandardError.Length == 0, build.ToString());
        Assert.True(lint.ExitCode == 0 && (lint.StandardOutput + lint.StandardError).Trim().Length == 0, lint.ToString());
        using var output = JsonDocument.Parse(build.StandardOutput);
        using var parameters = JsonDocument.Parse(output.RootElement.GetProperty("parametersJson").GetString()!);
        var password = parameters.RootElement.GetProperty("parameters").GetProperty("teamsAppPassword").GetProperty("value").GetString();
        Assert.Equal(DeploymentEnvironment["TEAMS_APP_PASSWORD"], password);
    }

    [Fact]
    public void ParametersFile_EverySecureParameter_ComesFromTheEnvironment()
    {
        // Arrange
        var secure = SecureParameter().Matches(RepositoryFiles.Read("infra", "main.bicep")).Select(m => m.Groups["name"].Value).ToList();
        var parametersFile = RepositoryFiles.Read("infra", "main.bicepparam");

        // Act
        var notFromEnvironment = secure.Where(name =>
            !Regex.IsMatch(parametersFile, $@"^param {name} = readEnvironmentVariable\('[A-Z_]+'(, '')?\)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1)));

        // Assert
        Assert.Contains("teamsAppPassword", secure);
        Assert.Empty(notFromEnvironment);
    }

    [GeneratedRegex(@"@secure\(\)\s*\r?\n\s*param (?<name>\w+)", RegexOptions.None, 1000)]
    private static partial Regex SecureParameter();
}
