using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using ModelStrategy.Core.Reports;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>What a link token says about a request for one report.</summary>
internal enum LinkCheck
{
    /// <summary>No token, or one that is not ours or not for this report.</summary>
    None,

    /// <summary>A token for this report, still valid.</summary>
    Valid,

    /// <summary>A token for this report whose lifetime has passed.</summary>
    Expired,
}

/// <summary>
/// Report links that open a report without signing in (<see cref="ReportAccessMode.Link"/>): the link carries
/// <c>?k=</c> and a token, the recommendation id and an expiry encrypted and authenticated with ASP.NET Core data
/// protection (AES-256 and HMAC-SHA256 under the host's key ring), so it cannot be guessed (far beyond 128 bits) or
/// forged, names one report only, and stops working after <see cref="ReportAccessSettings.LinkLifetime"/> even if it
/// leaks. Every instance sharing the key ring (the store's) reads every other's links. Under
/// <see cref="ReportAccessMode.SignIn"/> links carry nothing and no token is accepted.
/// </summary>
internal sealed class ReportLinkTokens(ReportAccessSettings settings, IDataProtectionProvider protection, TimeProvider time) : IReportLinkTokens
{
    /// <summary>The query parameter that carries a token.</summary>
    public const string Parameter = "k";

    private readonly IDataProtector _protector = protection.CreateProtector("ModelStrategy.Reports.Link.v1");

    public string Query(string recommendationId)
    {
        if (settings.Mode != ReportAccessMode.Link)
        {
            return string.Empty;
        }

        var expires = (time.GetUtcNow() + settings.LinkLifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(recommendationId + "\n" + expires.ToString(CultureInfo.InvariantCulture));
        return "?" + Parameter + "=" + Base64Url.EncodeToString(_protector.Protect(payload));
    }

    /// <summary>What the request's token says about the report <paramref name="recommendationId"/>.</summary>
    public LinkCheck Check(HttpContext context, string recommendationId)
    {
        var token = context.Request.Query[Parameter];
        if (settings.Mode != ReportAccessMode.Link || token.Count != 1 || token[0] is not { Length: > 0 and < 1024 } text)
        {
            return LinkCheck.None;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(Base64Url.DecodeFromChars(text))).Split('\n');
            if (parts is not [var id, var expires] || id != recommendationId
                || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return LinkCheck.None;
            }

            return time.GetUtcNow().ToUnixTimeSeconds() < seconds ? LinkCheck.Valid : LinkCheck.Expired;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return LinkCheck.None;
        }
    }
}
