using System.Buffers;

namespace ModelStrategy.Bot.Api;

/// <summary>What an id in a URL may look like, checked before the store is asked.</summary>
internal static class RecommendationIds
{
    /// <summary>Longest accepted id.</summary>
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);

    public static string Location(string id) => $"{RecommendationsEndpointRouteBuilderExtensions.RoutePrefix}/{Uri.EscapeDataString(id)}";
}
