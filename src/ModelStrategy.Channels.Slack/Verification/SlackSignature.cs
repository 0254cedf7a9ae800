using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ModelStrategy.Channels.Slack.Verification;

/// <summary>
/// Slack's v0 request signature (slack.md §1): HMAC-SHA256, keyed with the signing secret, over
/// <c>v0:{timestamp header, unchanged}:{raw body bytes}</c>, sent as <c>v0=</c> + lowercase hex. Checked within five
/// minutes either way of now and compared in constant time.
/// </summary>
internal static class SlackSignature
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public const string Version = "v0";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The signature Slack would send for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return $"{Version}=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Checks a request's headers and raw body against the secret at <paramref name="now"/>.</summary>
    public static SignatureCheck Verify(string? secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var skew = now.ToUnixTimeSeconds() - seconds;
        if (skew > Window.TotalSeconds)
        {
            return SignatureCheck.Expired;
        }

        if (-skew > Window.TotalSeconds)
        {
            return SignatureCheck.FromTheFuture;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
