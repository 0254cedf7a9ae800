using System.Text.Json;

namespace ModelStrategy.Bot.Api;

/// <summary>
/// Either a parsed JSON document (which the caller disposes) or the problem response to send, with the reason to log.
/// </summary>
internal sealed record BodyReadResult(JsonDocument? Document, IResult? Problem, string Reason)
{
    public static BodyReadResult Success(JsonDocument document) => new(document, null, string.Empty);

    public static BodyReadResult Fail(IResult problem, string reason = "unreadable body") => new(null, problem, reason);
}
