using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Channels.Slack.Tests;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Defaults_SlackApiAndNothingToVerifyWith()
    {
        var options = new SlackOptions();

        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUri());
        Assert.False(options.CanVerify);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("https://slack.com/api", "https://slack.com/api/chat.postMessage")]
    [InlineData("http://127.0.0.1:5999/api/", "http://127.0.0.1:5999/api/chat.postMessage")]
    public void ApiBaseUri_WithOrWithoutSlash_MethodsResolveUnderIt(string configured, string method)
    {
        Assert.Equal(method, new Uri(new SlackOptions { ApiBaseUrl = configured }.ApiBaseUri(), "chat.postMessage").AbsoluteUri);
    }

    [Theory]
    [InlineData("slack.com/api")]
    [InlineData("ftp://slack.com/api/")]
    [InlineData("")]
    public void Validate_ApiBaseUrlNotAnHttpUrl_Fails(string url)
    {
        Assert.NotEmpty(Validate(new SlackOptions { ApiBaseUrl = url }));
    }

    [Fact]
    public void AddSlackChannel_BadApiBaseUrl_FailsValidationAtStart()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = "nope" }).Build())
            .AddLogging()
            .AddSlackChannel()
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);
    }

    private static List<ValidationResult> Validate(SlackOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
