using System.Text.Json;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Bot.Api;

/// <summary>The API's problem+json responses, each with a title a client can show and a detail that helps fix it.</summary>
internal static class ApiProblems
{
    public static IResult TooLarge(long? declaredBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: declaredBytes is { } bytes
            ? $"The body is {bytes} bytes; at most {RequestBodyReader.MaxBodyBytes} bytes (64 KB) are accepted."
            : $"The body exceeds {RequestBodyReader.MaxBodyBytes} bytes (64 KB), the most that is accepted.");

    public static IResult UnreadableBody(int statusCode) => TypedResults.Problem(
        statusCode: statusCode is >= 400 and < 500 ? statusCode : StatusCodes.Status400BadRequest,
        title: "Request body could not be read",
        detail: "The body ended early or its framing was invalid; send the whole JSON body with a correct Content-Length.");

    public static IResult EmptyBody() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Empty request body",
        detail: "Send a JSON object: a constraints object, or {\"text\": \"...\"} for quick triage.");

    public static IResult MalformedJson(JsonException exception) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Malformed JSON",
        detail: $"The body is not valid JSON: {FirstSentence(exception.Message)}{Position(exception)}");

    public static IResult UnreadableText() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Malformed JSON",
        detail: "The body is not valid JSON text: a name or string holds invalid UTF-8 or an unpaired surrogate escape (e.g. \\ud800).");

    public static IResult NotAnObject(JsonValueKind kind) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The body must be a JSON object",
        detail: $"Got a JSON {kind.ToString().ToLowerInvariant()}; send a constraints object, or {{\"text\": \"...\"}} for quick triage.");

    public static IResult InvalidFields(IEnumerable<FieldError> errors) => TypedResults.ValidationProblem(
        errors
            .GroupBy(error => error.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(e => $"{e.Message}; allowed: {e.Allowed}").ToArray(), StringComparer.Ordinal),
        title: "Invalid constraints",
        detail: "One or more fields are invalid; each entry in 'errors' names the field, what is wrong and the allowed values.");

    public static IResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Recommendation not found",
        detail: "No recommendation you may read is stored under this id: it never existed, it is older than the retention period, or it belongs to another team (docs/SECURITY.md).");

    public static IResult LinkExpired() => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "Report link expired",
        detail: "This link's token has expired: links open their recommendation for a limited time. Ask the bot for history, or the API for the recommendation with your key.");

    private static string FirstSentence(string message)
    {
        foreach (var marker in (string[])[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim();
    }

    private static string Position(JsonException exception) => exception.LineNumber is { } line
        ? $" (line {line + 1}, byte {exception.BytePositionInLine.GetValueOrDefault() + 1})"
        : string.Empty;
}
