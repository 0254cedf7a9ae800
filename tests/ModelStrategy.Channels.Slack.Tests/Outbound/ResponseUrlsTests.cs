using Microsoft.Extensions.Options;
using Moq;
using ModelStrategy.Channels.Slack.Outbound;

namespace ModelStrategy.Channels.Slack.Tests.Outbound;

public sealed class ResponseUrlsTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", true)]
    [InlineData("https://HOOKS.SLACK.COM/actions/T1/1/x", true)]
    [InlineData("http://127.0.0.1:5999/hooks/commands/T1/1/x", true)]
    [InlineData("http://127.0.0.1:6000/hooks/commands/T1/1/x", false)]
    [InlineData("http://localhost:5999/hooks/x", false)]
    [InlineData("http://hooks.slack.com/commands/T1/1/x", false)]
    [InlineData("https://hooks.slack.com:444/commands/T1/1/x", false)]
    [InlineData("https://evil.example/?https://hooks.slack.com/", false)]
    [InlineData("https://hooks.slack.com@evil.example/x", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsTrusted_SlackHooksOrTheConfiguredApiOriginOnly(string? url, bool trusted)
    {
        var options = Mock.Of<IOptionsMonitor<SlackOptions>>(o => o.CurrentValue == new SlackOptions { ApiBaseUrl = "http://127.0.0.1:5999/api/" });

        Assert.Equal(trusted, new ResponseUrls(options).IsTrusted(url));
    }
}
