using System.Text.Json;
using ModelStrategy.Channels.Http.Inbound;
using ModelStrategy.Core.ChannelSupport.Json;

namespace ModelStrategy.Bot.Api;

/// <summary>Reads the API's JSON request body under its limit (<see cref="BoundedBody"/>) and parses it.</summary>
internal static class RequestBodyReader
{
    /// <summary>The largest accepted body: 64 KB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonDocumentOptions ParseOptions = ReadableJson.Options(maxDepth: 32);

    public static async Task<BodyReadResult> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        switch (body.Refusal)
        {
            case BodyRefusal.TooLarge:
                return BodyReadResult.Fail(ApiProblems.TooLarge(body.DeclaredLength), "body too large");
            case BodyRefusal.Unreadable:
                // The server could not read the body, typically because the client stopped sending it (e.g. a load
                // generator closing its connections mid-request): the client's doing, answered with 400, not an error.
                return BodyReadResult.Fail(ApiProblems.UnreadableBody(body.Status), "body not readable (client aborted or malformed framing)");
            case BodyRefusal.Aborted:
                // The client went away while sending; nobody is left to answer, so nothing is logged as an error.
                return BodyReadResult.Fail(ApiProblems.UnreadableBody(StatusCodes.Status400BadRequest), "client aborted the request");
        }

        if (body.Bytes.IsEmpty)
        {
            return BodyReadResult.Fail(ApiProblems.EmptyBody(), "empty body");
        }

        try
        {
            // The document keeps a reference to the bytes, which nothing else uses, so no copy is needed.
            var document = JsonDocument.Parse(body.Bytes, ParseOptions);
            if (!ReadableJson.IsReadable(document.RootElement))
            {
                document.Dispose();
                return BodyReadResult.Fail(ApiProblems.UnreadableText(), "malformed JSON (unreadable text)");
            }

            return BodyReadResult.Success(document);
        }
        catch (JsonException ex)
        {
            return BodyReadResult.Fail(ApiProblems.MalformedJson(ex), "malformed JSON");
        }
    }
}
