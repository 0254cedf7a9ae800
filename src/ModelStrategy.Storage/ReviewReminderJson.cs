using System.Text.Json;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Storage;

/// <summary>The stored form of a <see cref="ReviewReminder"/>: the shared JSON shape; its attempts are kept beside it, not in it.</summary>
internal static class ReviewReminderJson
{
    public static string Serialize(ReviewReminder reminder) => JsonSerializer.Serialize(reminder with { Attempts = 0 }, RecommendationJson.Options);

    public static ReviewReminder Deserialize(string payload, long attempts) =>
        JsonSerializer.Deserialize<ReviewReminder>(payload, RecommendationJson.Options)! with { Attempts = (int)attempts };
}
