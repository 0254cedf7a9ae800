using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Channels.Slack.Verification;

namespace ModelStrategy.Channels.Slack.Tests.Verification;

public sealed class SlackRequestVerifierTests
{
    private const string Secret = "test-signing-secret-123";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public void Verify_SignedNow_IsValidUsingTheInjectedClock()
    {
        var (verifier, _) = Build(Secret);
        const string body = "{\"type\":\"url_verification\",\"challenge\":\"c\"}";

        var check = verifier.Verify(Headers(Signer.Headers(Secret, Now.ToUnixTimeSeconds(), body)), Encoding.UTF8.GetBytes(body));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Verify_SignedSixMinutesAgo_IsExpired()
    {
        var (verifier, _) = Build(Secret);
        const string body = "{}";

        var check = verifier.Verify(Headers(Signer.Headers(Secret, Now.AddMinutes(-6).ToUnixTimeSeconds(), body)), Encoding.UTF8.GetBytes(body));

        Assert.Equal(SignatureCheck.Expired, check);
    }

    [Fact]
    public void Verify_NoSecret_RefusesEveryRequestAndLogsOnceWithoutSecrets()
    {
        var (verifier, logs) = Build(string.Empty);
        const string body = "{}";
        var headers = Headers(Signer.Headers("whatever-was-used", Now.ToUnixTimeSeconds(), body));

        var checks = Enumerable.Range(0, 3).Select(_ => verifier.Verify(headers, Encoding.UTF8.GetBytes(body))).ToList();

        Assert.All(checks, c => Assert.Equal(SignatureCheck.NoSecret, c));
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("Slack__SigningSecret", entry.Text, StringComparison.Ordinal);
    }

    private static (SlackRequestVerifier Verifier, ListLoggerProvider Logs) Build(string secret)
    {
        var logs = new ListLoggerProvider();
        var options = Mock.Of<IOptionsMonitor<SlackOptions>>(o => o.CurrentValue == new SlackOptions { SigningSecret = secret });
        var verifier = new SlackRequestVerifier(options, new FakeTimeProvider(Now), new LoggerFactory([logs]).CreateLogger<SlackRequestVerifier>());
        return (verifier, logs);
    }

    private static HeaderDictionary Headers(Dictionary<string, string> values) =>
        new(values.ToDictionary(v => v.Key, v => new Microsoft.Extensions.Primitives.StringValues(v.Value)));
}
