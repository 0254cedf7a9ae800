using System.Text.Json;

namespace ModelStrategy.Bot.Api;

/// <summary>Either a parsed JSON document (which the caller disposes) or the problem response to send.</summary>
internal sealed record BodyReadResult(JsonDocument? Document, IResult? Problem)
{
    public static BodyReadResult Success(JsonDocument document) => new(document, null);

    public static BodyReadResult Fail(IResult problem) => new(null, problem);
}
