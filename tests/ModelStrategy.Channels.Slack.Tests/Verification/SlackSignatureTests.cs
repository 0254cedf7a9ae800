using System.Text;
using ModelStrategy.Channels.Slack.Tests.TestSupport;
using ModelStrategy.Channels.Slack.Verification;

namespace ModelStrategy.Channels.Slack.Tests.Verification;

/// <summary>
/// The v0 signature against Slack's published example (docs.slack.dev, "Verifying requests from Slack": secret
/// 8f742231b10e8888abcd99yyyzzz85a5, timestamp 1531420618, a slash command body, signature v0=a2114d57…) and its
/// failure modes.
/// </summary>
[Trait("Category", "Contract")]
public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Payloads.Text("slash_command.form"));
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_PublishedExample_MatchesSlacksSignature()
    {
        Assert.Equal(Signature, SlackSignature.Compute(Secret, Timestamp, Body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(299)]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_PublishedExampleWithinFiveMinutes_IsValid(int secondsLater)
    {
        var check = SlackSignature.Verify(Secret, Timestamp, Signature, Body, SentAt.AddSeconds(secondsLater));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData(301, nameof(SignatureCheck.Expired))] // older than five minutes
    [InlineData(-301, nameof(SignatureCheck.FromTheFuture))] // more than five minutes ahead
    public void Verify_PublishedExampleBeyondFiveMinutes_IsRefused(int secondsLater, string expected)
    {
        var check = SlackSignature.Verify(Secret, Timestamp, Signature, Body, SentAt.AddSeconds(secondsLater));

        Assert.Equal(Enum.Parse<SignatureCheck>(expected), check);
    }

    [Theory]
    [InlineData("text=")]
    [InlineData("text=hello")]
    public void Verify_TamperedBody_IsMismatch(string replacement)
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("text=", replacement == "text=" ? "text=%20" : replacement, StringComparison.Ordinal));

        var check = SlackSignature.Verify(Secret, Timestamp, Signature, tampered, SentAt);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Fact]
    public void Verify_OneByteAppended_IsMismatch()
    {
        var check = SlackSignature.Verify(Secret, Timestamp, Signature, [.. Body, (byte)'&'], SentAt);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
    {
        var check = SlackSignature.Verify("8f742231b10e8888abcd99yyyzzz85a6", Timestamp, Signature, Body, SentAt);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Fact]
    public void Verify_SignedForAnotherTimestamp_IsMismatch()
    {
        // The same body and signature replayed with a fresh timestamp header.
        var check = SlackSignature.Verify(Secret, "1531420619", Signature, Body, SentAt);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Theory]
    [InlineData("V0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Verify_SignatureNotExactlyOurs_IsMismatch(string signature)
    {
        var check = SlackSignature.Verify(Secret, Timestamp, signature, Body, SentAt);

        Assert.Equal(SignatureCheck.Mismatch, check);
    }

    [Theory]
    [InlineData(null, Signature)]
    [InlineData("", Signature)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    [InlineData(null, null)]
    public void Verify_MissingHeaders_IsRefused(string? timestamp, string? signature)
    {
        var check = SlackSignature.Verify(Secret, timestamp, signature, Body, SentAt);

        Assert.Equal(SignatureCheck.MissingHeaders, check);
    }

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("soon")]
    [InlineData("99999999999999999999999")]
    public void Verify_MalformedTimestamp_IsRefused(string timestamp)
    {
        var check = SlackSignature.Verify(Secret, timestamp, Signature, Body, SentAt);

        Assert.Equal(SignatureCheck.MalformedTimestamp, check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSecretConfigured_RefusesEvenAValidlyShapedRequest(string? secret)
    {
        var check = SlackSignature.Verify(secret, Timestamp, Signature, Body, SentAt);

        Assert.Equal(SignatureCheck.NoSecret, check);
    }

    [Fact]
    public void Verify_BodyWithMultiByteCharacters_HashesTheRawBytes()
    {
        var body = Encoding.UTF8.GetBytes("""{"text":"Zürich — 東京 ✓"}""");
        var signature = Signer.Sign("s3cret", 1700000000, Encoding.UTF8.GetString(body));

        var check = SlackSignature.Verify("s3cret", "1700000000", signature, body, DateTimeOffset.FromUnixTimeSeconds(1700000000));

        Assert.Equal(SignatureCheck.Valid, check);
    }
}
