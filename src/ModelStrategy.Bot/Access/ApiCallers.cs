using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Access;

/// <summary>
/// Recognises the caller of an API request: a Microsoft Entra access token for the bot's app registration
/// (<see cref="ApiBearerAuthentication"/>), a configured key sent as <c>X-Api-Key</c> (hashed with SHA-256 and compared
/// with every configured hash in constant time, so neither the time taken nor the stored hashes give the key away), or,
/// in development only, an anonymous caller on loopback. Anything else is not a caller. The result is kept on the
/// request, so the rate limiter and the endpoint ask once.
/// </summary>
internal sealed class ApiCallers(IOptions<ApiAccessOptions> options, IHostEnvironment environment)
{
    /// <summary>The request header carrying an API key.</summary>
    public const string KeyHeader = "X-Api-Key";

    private static readonly object ItemKey = new();

    private readonly (ApiKeyOptions Key, byte[] Hash)[] _keys =
        [.. options.Value.Keys.Select(k => (k, Convert.FromHexString(k.Sha256.Length == 64 ? k.Sha256 : new string('0', 64))))];

    /// <summary>The caller, or null when the request carries no valid key and is not a development loopback call.</summary>
    public ApiCaller? Of(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known))
        {
            return known as ApiCaller;
        }

        var caller = Recognise(context);
        context.Items[ItemKey] = caller;
        return caller;
    }

    /// <summary>Where <see cref="ApiBearerAuthentication"/> leaves the tenant of a valid Entra token, or "" for a token that is not.</summary>
    public static readonly object BearerItem = new();

    private ApiCaller? Recognise(HttpContext context)
    {
        if (context.Items.TryGetValue(BearerItem, out var bearer))
        {
            // A bearer token that was sent decides alone: valid, it is its tenant's caller; invalid, nobody.
            return bearer is string { Length: > 0 } tenant ? new ApiCaller(ApiCallerKind.Entra, tenant) : null;
        }

        var presented = context.Request.Headers[KeyHeader];
        if (presented.Count > 0)
        {
            return presented.Count == 1 && Match(presented.ToString()) is { } key
                ? new ApiCaller(ApiCallerKind.Key, key.Name, key.PermitsPerMinute, key.Burst, key.Teams)
                : null; // A key that is sent and wrong is never anonymous, not even on loopback.
        }

        return environment.IsDevelopment() && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            ? ApiCaller.AnonymousDevelopment
            : null;
    }

    /// <summary>The key whose hash is the presented key's; every configured hash is compared, whatever matches.</summary>
    private ApiKeyOptions? Match(string presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), hash);
        ApiKeyOptions? found = null;
        foreach (var (key, expected) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                found = key;
            }
        }

        return found;
    }
}
