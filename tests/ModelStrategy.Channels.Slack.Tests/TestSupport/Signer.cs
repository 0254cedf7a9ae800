using System.Globalization;
using System.Text;
using ModelStrategy.Channels.Slack.Verification;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>Signs request bodies the way Slack does (an independent HMAC, not the code under test).</summary>
internal static class Signer
{
    public static string Sign(string secret, long timestamp, string body)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:{body}"));
        return "v0=" + Convert.ToHexStringLower(hash);
    }

    public static Dictionary<string, string> Headers(string secret, long timestamp, string body) => new()
    {
        [SlackSignature.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
        [SlackSignature.SignatureHeader] = Sign(secret, timestamp, body),
    };
}
