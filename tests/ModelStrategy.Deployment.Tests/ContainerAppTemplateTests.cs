using System.Text.Json;

namespace ModelStrategy.Deployment.Tests;

[Trait("Category", "Deployment")]
[Trait("Tier", "External")]
public sealed class ContainerAppTemplateTests
{
    [Fact]
    public async Task ContainerApp_EnvironmentVariables_AreDocumentedSettings()
    {
        // Arrange
        var (_, template) = await ContainerAppAsync();

        // Act
        var names = CompiledTemplate.EnvironmentEntries(template).Select(e => e.GetProperty("name").GetString()!).ToList();

        // Assert
        Assert.Contains("Storage__Provider", names);
        Assert.Contains("Slack__ClientId", names);
        Assert.DoesNotContain(names, name => ConfigurationDoc.ForEnvironmentVariable(name) is null);
    }

    [Fact]
    public async Task ContainerApp_SecretSettings_AreKeyVaultReferences()
    {
        // Arrange
        var (_, template) = await ContainerAppAsync();
        var vaultSecrets = AllArrays(template).SelectMany(a => a.EnumerateArray())
            .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("keyVaultUrl", out _) && s.TryGetProperty("identity", out _))
            .Select(s => s.GetProperty("name").GetString()!)
            .ToHashSet();

        // Act
        var entries = CompiledTemplate.EnvironmentEntries(template)
            .Where(e => ConfigurationDoc.ForEnvironmentVariable(e.GetProperty("name").GetString()!)?.Secret == true)
            .ToList();

        // Assert
        Assert.Contains(entries, e => e.GetProperty("name").GetString() == "Teams__AppPassword");
        Assert.Contains(entries, e => e.GetProperty("name").GetString() == "ConnectionStrings__Redis");
        Assert.Contains(entries, e => e.GetProperty("name").GetString() == "Slack__ClientSecret");
        Assert.All(entries, e => Assert.False(e.TryGetProperty("value", out _), $"{e} has a plain value"));
        Assert.All(entries, e => Assert.Contains(e.GetProperty("secretRef").GetString()!, vaultSecrets));
    }

    [Fact]
    public async Task ContainerApp_IngressAndProbes_UseTheImagePort()
    {
        // Arrange
        var (app, template) = await ContainerAppAsync();
        var container = app.GetProperty("properties").GetProperty("template").GetProperty("containers")[0];

        // Act
        var targetPort = CompiledTemplate.Resolve(app.GetProperty("properties").GetProperty("configuration").GetProperty("ingress").GetProperty("targetPort"), template);
        var probes = container.GetProperty("probes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("type").GetString()!, p => p.GetProperty("httpGet"));

        // Assert
        Assert.Equal(DockerfileTests.ImagePort(), targetPort.GetInt32());
        Assert.Equal("/healthz", probes["Liveness"].GetProperty("path").GetString());
        Assert.Equal("/readyz", probes["Readiness"].GetProperty("path").GetString());
        Assert.All(probes.Values, p => Assert.Equal(DockerfileTests.ImagePort(), CompiledTemplate.Resolve(p.GetProperty("port"), template).GetInt32()));
    }

    [Fact]
    public async Task MainTemplate_Replicas_DefaultToAtLeastTwo()
    {
        // Arrange
        var main = await CompiledTemplate.MainAsync();
        var (app, _) = await ContainerAppAsync();

        // Act
        var minReplicas = main.Root.GetProperty("parameters").GetProperty("minReplicas").GetProperty("defaultValue").GetInt32();
        var scale = app.GetProperty("properties").GetProperty("template").GetProperty("scale");

        // Assert
        Assert.True(minReplicas >= 2, $"minReplicas defaults to {minReplicas}");
        Assert.Equal("[parameters('minReplicas')]", scale.GetProperty("minReplicas").GetString());
    }

    [Fact]
    public async Task Templates_SecurityDefaults_AreOn()
    {
        // Arrange
        var main = await CompiledTemplate.MainAsync();

        // Act
        var redis = main.Resources("Microsoft.Cache/redisEnterprise").Single().Resource.GetProperty("properties");
        var redisDatabase = main.Resources("Microsoft.Cache/redisEnterprise/databases").Single().Resource.GetProperty("properties");
        var vault = main.Resources("Microsoft.KeyVault/vaults").Single(r => r.Resource.TryGetProperty("properties", out _)).Resource.GetProperty("properties");
        var registry = main.Resources("Microsoft.ContainerRegistry/registries").Single().Resource.GetProperty("properties");
        var (app, _) = await ContainerAppAsync();
        var ingress = app.GetProperty("properties").GetProperty("configuration").GetProperty("ingress");

        // Assert
        Assert.Equal("Encrypted", redisDatabase.GetProperty("clientProtocol").GetString());
        Assert.Equal("1.2", redis.GetProperty("minimumTlsVersion").GetString());
        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.False(registry.GetProperty("adminUserEnabled").GetBoolean());
        Assert.False(ingress.GetProperty("allowInsecure").GetBoolean());
        Assert.Equal("Disabled", redis.GetProperty("publicNetworkAccess").GetString());
        Assert.Equal("Disabled", vault.GetProperty("publicNetworkAccess").GetString());
        Assert.Equal("Deny", vault.GetProperty("networkAcls").GetProperty("defaultAction").GetString());
    }

    [Fact]
    public async Task Templates_KeyVaultAndRedis_ReachedThroughPrivateEndpointsFromTheAppsSubnet()
    {
        // Arrange
        var main = await CompiledTemplate.MainAsync();
        var deployments = main.Resources("Microsoft.Resources/deployments").Select(d => d.Resource).ToList();

        // Act
        string Parameter(string deployment, string name) => deployments.Single(d => d.GetProperty("name").GetString() == deployment)
            .GetProperty("properties").GetProperty("parameters").GetProperty(name).GetProperty("value").GetString()!;
        var zones = main.Resources("Microsoft.Network/privateDnsZones").Single().Template.GetProperty("variables").GetProperty("zoneNames")
            .EnumerateArray().Select(z => z.GetString()).ToList();
        var environment = main.Resources("Microsoft.App/managedEnvironments").Single().Resource.GetProperty("properties");

        // Assert
        Assert.Equal(2, main.Resources("Microsoft.Network/privateEndpoints").Count());
        Assert.Equal("vault", Parameter("vaultEndpoint", "groupId"));
        Assert.Equal("redisEnterprise", Parameter("redisEndpoint", "groupId"));
        Assert.Equal(["privatelink.vaultcore.azure.net", "privatelink.redis.azure.net"], zones);
        Assert.True(environment.GetProperty("vnetConfiguration").TryGetProperty("infrastructureSubnetId", out _), "the environment runs in no subnet");
    }

    internal static async Task<(JsonElement App, JsonElement Template)> ContainerAppAsync() =>
        (await CompiledTemplate.MainAsync()).Resources("Microsoft.App/containerApps").Single();

    private static IEnumerable<JsonElement> AllArrays(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllArrays).Prepend(element),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllArrays(p.Value)),
        _ => [],
    };
}
