using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>
/// Checks the issuer of a token from Microsoft Entra ID's multi-tenant ("organizations") endpoint, whose metadata names
/// the issuer as a template, <c>…/{tenantid}/v2.0</c>: the token's issuer must be that template filled in with the token's
/// own <c>tid</c>. A single-tenant authority names its one issuer, which is checked as it is.
/// </summary>
internal static class EntraIssuer
{
    private const string Placeholder = "{tenantid}";

    /// <summary>The issuer an authority's tokens carry: the multi-tenant ones' tenant segment becomes the placeholder.</summary>
    public static string Of(string authority)
    {
        var trimmed = authority.TrimEnd('/');
        foreach (var shared in (string[])["/organizations/", "/common/"])
        {
            var at = trimmed.IndexOf(shared, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return trimmed[..at] + "/" + Placeholder + "/" + trimmed[(at + shared.Length)..];
            }
        }

        return trimmed;
    }

    public static string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenant = (token as JsonWebToken)?.TryGetPayloadValue<string>("tid", out var tid) == true ? tid : null;
        var expected = (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Where(i => !string.IsNullOrEmpty(i));
        foreach (var candidate in expected)
        {
            var filled = candidate!.Contains(Placeholder, StringComparison.OrdinalIgnoreCase)
                ? tenant is { Length: > 0 } ? candidate.Replace(Placeholder, tenant, StringComparison.OrdinalIgnoreCase) : null
                : candidate;
            if (filled is not null && string.Equals(filled, issuer, StringComparison.Ordinal))
            {
                return issuer;
            }
        }

        throw new SecurityTokenInvalidIssuerException($"The token's issuer is not this authority's issuer for its tenant.");
    }
}
