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

    [Theory]
    [InlineData("Production", "http://127.0.0.1:5999/api/", false)]
    [InlineData("Staging", "http://slack.example/api/", false)]
    [InlineData("Production", "https://slack.com/api/", true)]
    [InlineData("Development", "http://127.0.0.1:5999/api/", true)]
    public void AddSlackChannel_HttpApiBaseUrl_OnlyInDevelopment(string environment, string url, bool starts)
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = url }).Build())
            .AddSingleton(Moq.Mock.Of<Microsoft.Extensions.Hosting.IHostEnvironment>(e => e.EnvironmentName == environment))
            .AddLogging()
            .AddSlackChannel()
            .BuildServiceProvider();

        var read = Record.Exception(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Equal(starts, read is null);
        if (!starts)
        {
            Assert.Contains("must be https outside Development", Assert.IsType<OptionsValidationException>(read).Message, StringComparison.Ordinal);
        }
    }

    private static List<ValidationResult> Validate(SlackOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
