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

    /// <summary>Whether <paramref name="id"/> has the shape of an id (cheap check before a lookup).</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.All(Alphabet.Contains);
}
