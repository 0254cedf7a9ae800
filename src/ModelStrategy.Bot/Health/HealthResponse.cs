using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelStrategy.Bot.Health;

/// <summary>The body of /healthz and /readyz.</summary>
/// <param name="Status">"ok", "degraded" or "unhealthy".</param>
/// <param name="Checks">Each check by name with its status.</param>
internal sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);

/// <summary>Source-generated serializer for <see cref="HealthResponse"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
