using System.Security.Cryptography;

namespace ModelStrategy.Core.Recommendations;

/// <summary>Short, unguessable, URL-safe recommendation ids (12 characters of base32).</summary>
public static class RecommendationIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Length of every id.</summary>
    public const int Length = 12;

    /// <summary>A new random id.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>An id derived from <paramref name="seed"/>: the same seed gives the same id (for a request that may arrive twice).</summary>
    public static string Derived(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
        return string.Create(Length, hash, static (span, bytes) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[bytes[i] & 31];
            }
        });
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an id (cheap check before a lookup).</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.All(Alphabet.Contains);
}
