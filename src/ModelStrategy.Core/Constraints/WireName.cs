using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ModelStrategy.Core.Constraints;

/// <summary>The stable JSON names of enum values (the ids users and integrations see).</summary>
public static class WireName
{
    private static readonly ConcurrentDictionary<Type, (Enum Value, string Name)[]> Cache = new();

    /// <summary>The wire name of one value, e.g. <c>Need.DomainLanguage</c> → <c>domain-language</c>.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        foreach (var (candidate, name) in Table(typeof(TEnum)))
        {
            if (candidate.Equals(value))
            {
                return name;
            }
        }

        return value.ToString().ToLowerInvariant();
    }

    /// <summary>All wire names of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        Array.ConvertAll(Table(typeof(TEnum)), entry => entry.Name);

    /// <summary>Parses a wire name (case-insensitive); false when it is not one.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var (candidate, name) in Table(typeof(TEnum)))
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static (Enum Value, string Name)[] Table(Type type) => Cache.GetOrAdd(type, static t =>
        [.. t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (
            (Enum)field.GetValue(null)!,
            field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name.ToLowerInvariant()))]);
}
