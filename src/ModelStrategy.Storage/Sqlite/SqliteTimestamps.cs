using System.Globalization;

namespace ModelStrategy.Storage.Sqlite;

/// <summary>
/// The text form of <c>recommendations.created_at</c>: ISO 8601 round-trip ("O") in UTC, e.g.
/// <c>2026-03-02T09:00:00.0000000+00:00</c>. Fixed width and one offset, so text order is time order and the
/// retention sweep and reads can compare it in SQL through its index.
/// </summary>
internal static class SqliteTimestamps
{
    /// <summary>The stored form of <paramref name="instant"/>.</summary>
    public static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
