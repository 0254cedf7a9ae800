using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ModelStrategy.Deployment.Tests;

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
            .Where(pair => !Interpolation().IsMatch(pair.Value) && !IsRedisWithInterpolatedPassword(pair.Key, pair.Value))
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
    public void Redis_PublishesNoPort()
    {
        // Act
        var ports = ComposeFile.Strings(Compose.Service("redis"), "ports");

        // Assert
        Assert.Empty(ports);
    }

    [Fact]
    public void Redis_RequiresThePasswordTheBotUses_FromTheShell()
    {
        // Arrange
        var redis = Compose.Service("redis");
        var command = string.Join(' ', ComposeFile.Strings(redis, "command"));
        var auth = ComposeFile.Environment(redis)["REDISCLI_AUTH"];
        var connection = ComposeFile.Environment(Compose.Service("bot"))["ConnectionStrings__Redis"];

        // Act
        var botPassword = PasswordPart().Match(connection).Groups[1].Value;

        // Assert
        Assert.Contains("--requirepass \"$$REDISCLI_AUTH\"", command, StringComparison.Ordinal);
        Assert.StartsWith("${REDIS_PASSWORD:?", auth, StringComparison.Ordinal);
        Assert.StartsWith("${REDIS_PASSWORD:?", botPassword, StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_HasAMemoryLimitAndNeverEvicts()
    {
        // Act
        var (maxMemory, policy) = Compose.RedisMemory();

        // Assert
        Assert.Equal("noeviction", policy);
        Assert.Equal("512mb", maxMemory);
    }

    [Fact]
    public void Bot_PublishedOnLoopbackOnly()
    {
        // Act
        var port = Assert.Single(ComposeFile.Strings(Compose.Service("bot"), "ports"));

        // Assert
        Assert.StartsWith("127.0.0.1:", port, StringComparison.Ordinal);
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

    // The Redis connection string is written here, but its password comes from the shell or .env.
    private static bool IsRedisWithInterpolatedPassword(string name, string value) =>
        name == "ConnectionStrings__Redis" && PasswordPart().Match(value).Groups[1].Value.StartsWith("${", StringComparison.Ordinal);

    [GeneratedRegex(@"password=(\$\{[^}]*\})", RegexOptions.None, 1000)]
    private static partial Regex PasswordPart();

    // ${NAME}, ${NAME-} or ${NAME:-}: from the shell or .env, with no default value written here.
    [GeneratedRegex(@"^\$\{[A-Z0-9_]+(:?-)?\}$", RegexOptions.None, 1000)]
    private static partial Regex Interpolation();
}
