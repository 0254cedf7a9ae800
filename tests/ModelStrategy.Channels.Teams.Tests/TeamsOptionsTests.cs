using System.ComponentModel.DataAnnotations;
using ModelStrategy.Channels.Teams.Outbound;

namespace ModelStrategy.Channels.Teams.Tests;

public sealed class TeamsOptionsTests
{
    [Theory]
    [InlineData("", "", "", TeamsAppType.SingleTenant, true)]
    [InlineData("app", "pw", "", TeamsAppType.MultiTenant, true)]
    [InlineData("app", "", "", TeamsAppType.MultiTenant, false)]
    [InlineData("app", "pw", "", TeamsAppType.SingleTenant, false)]
    [InlineData("app", "pw", "tenant", TeamsAppType.SingleTenant, true)]
    [InlineData("app", "", "", TeamsAppType.UserAssignedMSI, true)]
    [InlineData("app", "pw", "", TeamsAppType.UserAssignedMSI, false)]
    public void Validate_Registration_RequiresMatchingSettings(string appId, string password, string tenant, TeamsAppType type, bool valid)
    {
        var options = new TeamsOptions { AppId = appId, AppPassword = password, TenantId = tenant, AppType = type };

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Theory]
    [InlineData(TeamsAppType.SingleTenant, "https://login.microsoftonline.com/contoso-tenant")]
    [InlineData(TeamsAppType.MultiTenant, "https://login.microsoftonline.com/botframework.com")]
    public void Authority_ByAppType_IsTenantOrBotFramework(TeamsAppType type, string expected)
    {
        var authority = MsalBotTokenProvider.Authority(new TeamsOptions { AppId = "a", AppPassword = "p", TenantId = "contoso-tenant", AppType = type });

        Assert.Equal(expected, authority);
    }

    [Fact]
    public async Task GetTokenAsync_DevelopmentMode_ReturnsNoToken()
    {
        var provider = new MsalBotTokenProvider(Microsoft.Extensions.Options.Options.Create(new TeamsOptions()));

        Assert.Null(await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None));
    }
}
