using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

[Trait("Category", "Deployment")]
public sealed partial class DockerfileTests
{
    private static readonly Dockerfile Docker = Dockerfile.Load();

    [Fact]
    public void BuildStage_SdkImageTag_IsTheSdkGlobalJsonPins()
    {
        // Arrange
        var pinned = GlobalJsonSdkVersion();

        // Act
        var image = Docker.StageImage("build");

        // Assert
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", image, StringComparison.Ordinal);
        var tagVersion = image.Split(':')[1].Split('-')[0];
        Assert.Equal(pinned, tagVersion);
    }

    [Fact]
    public void RuntimeStage_AspNetImage_MatchesTheSdkAndTargetFramework()
    {
        // Arrange
        var majorMinor = string.Join('.', GlobalJsonSdkVersion().Split('.').Take(2));
        var targetFramework = TargetFramework().Match(RepositoryFiles.Read("Directory.Build.props")).Groups["version"].Value;

        // Act
        var image = Docker.StageImage("runtime");

        // Assert
        Assert.Equal(majorMinor, targetFramework);
        Assert.Matches($@"^mcr\.microsoft\.com/dotnet/aspnet:{Regex.Escape(majorMinor)}(-[a-z0-9.-]+)?$", image);
    }

    [Fact]
    public void Readme_SdkAndProject_AgreeWithTheDockerfile()
    {
        // Arrange
        var readme = RepositoryFiles.Read("README.md");
        var major = GlobalJsonSdkVersion().Split('.')[0];

        // Act
        var runProject = ReadmeRunProject().Match(readme).Groups["project"].Value;
        var published = Docker.All("RUN").Select(run => PublishProject().Match(run)).Single(m => m.Success).Groups["project"].Value;

        // Assert
        Assert.Contains($".NET {major} SDK", readme, StringComparison.Ordinal);
        Assert.Contains(GlobalJsonSdkVersion(), readme, StringComparison.Ordinal);
        Assert.NotEmpty(runProject);
        Assert.Equal(runProject.TrimEnd('/'), Path.GetDirectoryName(published)!.Replace('\\', '/'));
        Assert.True(System.IO.File.Exists(RepositoryFiles.PathOf(published)), $"{published} does not exist");
    }

    [Fact]
    public void Readme_DockerRun_PublishesTheImagePort()
    {
        // Arrange
        var readme = RepositoryFiles.Read("README.md");

        // Act
        var mapping = ReadmeDockerRunPort().Match(readme);

        // Assert
        Assert.True(mapping.Success, "README.md has no `docker run -p HOST:CONTAINER` command");
        Assert.Equal(ImagePort(), int.Parse(mapping.Groups["container"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RuntimeStage_ListensOnTheExposedPort()
    {
        // Act
        var httpPorts = Docker.Env("ASPNETCORE_HTTP_PORTS");
        var exposed = Docker.All("EXPOSE").ToList();

        // Assert
        Assert.NotNull(httpPorts);
        Assert.Equal([httpPorts], exposed);
    }

    [Fact]
    public void RuntimeStage_RunsAsNonRootWithoutHealthcheck()
    {
        // Act
        var users = Docker.All("USER").ToList();
        var healthchecks = Docker.All("HEALTHCHECK");

        // Assert
        Assert.Equal(["$APP_UID"], users);
        Assert.Empty(healthchecks);
    }

    [Fact]
    public void RuntimeStage_DataVolume_IsWhereTheSqliteDefaultLives()
    {
        // Arrange
        var workdir = Docker.All("WORKDIR").Last();
        var sqliteDirectory = Path.GetDirectoryName(ModelStrategy.Storage.StorageOptions.DefaultSqlitePath)!;

        // Act
        var volumes = Docker.All("VOLUME").ToList();

        // Assert
        Assert.Equal([$"[\"{workdir}/{sqliteDirectory}\"]"], volumes);
    }

    [Fact]
    public void DockerIgnore_KeepsEverythingTheBuildStageCopies()
    {
        // Arrange
        var ignored = RepositoryFiles.Read(".dockerignore").Split('\n').Select(l => l.Trim().TrimEnd('/'))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

        // Act
        var copied = Docker.All("COPY").Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .Where(source => !source.StartsWith("--", StringComparison.Ordinal))
            .Select(source => source.TrimEnd('/'))
            .ToList();

        // Assert
        Assert.Contains("src", copied);
        Assert.Contains(".editorconfig", copied);
        Assert.All(copied, source => Assert.DoesNotContain(source, ignored));
        Assert.All(copied, source => Assert.True(Path.Exists(RepositoryFiles.PathOf(source)), $"{source} is missing"));
    }

    internal static int ImagePort() => int.Parse(Docker.Env("ASPNETCORE_HTTP_PORTS")!, System.Globalization.CultureInfo.InvariantCulture);

    private static string GlobalJsonSdkVersion()
    {
        using var json = JsonDocument.Parse(RepositoryFiles.Read("global.json"));
        return json.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
    }

    [GeneratedRegex(@"<TargetFramework>net(?<version>\d+\.\d+)</TargetFramework>", RegexOptions.None, 1000)]
    private static partial Regex TargetFramework();

    [GeneratedRegex(@"dotnet run --project (?<project>\S+)", RegexOptions.None, 1000)]
    private static partial Regex ReadmeRunProject();

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)", RegexOptions.None, 1000)]
    private static partial Regex PublishProject();

    [GeneratedRegex(@"docker run\b[^\n]*?-p (?<host>\d+):(?<container>\d+)", RegexOptions.None, 1000)]
    private static partial Regex ReadmeDockerRunPort();
}
