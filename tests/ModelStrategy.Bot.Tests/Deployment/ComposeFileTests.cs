using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ModelStrategy.Bot.Tests.Deployment;

[Trait("Category", "Deployment")]
public sealed partial class ComposeFileTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();

    [Fact]
    public void Bot_EnvironmentVariables_AreDocumentedSettings()
    {
        // Arrange
        var environment = ComposeFile.Environment(Compose.Service("bot"));

        // Act
        var unknown = environment.Keys.Where(name => ConfigurationDoc.ForEnvironmentVariable(name) is null);

        // Assert
        Assert.NotEmpty(environment);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Bot_Secrets_ComeFromTheShellNeverFromTheFile()
    {
        // Arrange
        var environment = ComposeFile.Environment(Compose.Service("bot"));

        // Act
        var literalSecrets = environment
            .Where(pair => ConfigurationDoc.ForEnvironmentVariable(pair.Key)?.Secret == true)
            .Where(pair => !Interpolation().IsMatch(pair.Value) && !IsRedisWithoutPassword(pair.Key, pair.Value))
            .Select(pair => pair.Key);

        // Assert
        Assert.Contains(environment.Keys, name => ConfigurationDoc.ForEnvironmentVariable(name)?.Secret == true);
        Assert.Empty(literalSecrets);
    }

    [Fact]
    public void Bot_Storage_IsTheRedisService()
    {
        // Arrange
        var environment = ComposeFile.Environment(Compose.Service("bot"));

        // Act
        var host = environment["ConnectionStrings__Redis"].Split(',')[0].Split(':')[0];

        // Assert
        Assert.Equal("Redis", environment["Storage__Provider"]);
        Assert.True(Compose.Services.Children.ContainsKey(host), $"ConnectionStrings__Redis names \"{host}\", not a service");
    }

    [Fact]
    public void Bot_WaitsForHealthyRedis()
    {
        // Arrange
        var redis = Compose.Service("redis");
        var dependsOn = (YamlMappingNode)Compose.Service("bot")["depends_on"];

        // Act
        var condition = ((YamlScalarNode)((YamlMappingNode)dependsOn["redis"])["condition"]).Value;

        // Assert
        Assert.Equal("service_healthy", condition);
        Assert.True(redis.Children.ContainsKey("healthcheck"), "the redis service has no healthcheck");
        Assert.Contains("ping", ((YamlMappingNode)redis["healthcheck"])["test"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_WithoutPassword_PublishesNoPort()
    {
        // Act
        var ports = ComposeFile.Strings(Compose.Service("redis"), "ports");

        // Assert
        Assert.Empty(ports);
    }

    [Fact]
    public void Bot_PublishedPort_IsTheImagePort()
    {
        // Act
        var ports = ComposeFile.Strings(Compose.Service("bot"), "ports");

        // Assert
        var port = Assert.Single(ports);
        Assert.Equal(DockerfileTests.ImagePort().ToString(System.Globalization.CultureInfo.InvariantCulture), port.Split(':')[^1]);
    }

    [Fact]
    public void Bot_DataVolume_IsMountedWhereTheImageKeepsData()
    {
        // Arrange
        var imageVolume = Dockerfile.Load().All("VOLUME").Single().Trim('[', ']', '"');

        // Act
        var mounts = ComposeFile.Strings(Compose.Service("bot"), "volumes").Select(v => v.Split(':')[1]);

        // Assert
        Assert.Contains(imageVolume, mounts);
    }

    // A Redis reachable only on the compose network may run without a password: then the string has none to leak.
    private static bool IsRedisWithoutPassword(string name, string value) =>
        name == "ConnectionStrings__Redis" && !value.Contains("password", StringComparison.OrdinalIgnoreCase);

    // ${NAME}, ${NAME-} or ${NAME:-}: from the shell or .env, with no default value written here.
    [GeneratedRegex(@"^\$\{[A-Z0-9_]+(:?-)?\}$", RegexOptions.None, 1000)]
    private static partial Regex Interpolation();
}
