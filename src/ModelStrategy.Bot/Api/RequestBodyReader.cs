using System.Text.Json;

namespace ModelStrategy.Bot.Api;

/// <summary>
/// Reads a JSON request body with a hard size limit: a declared Content-Length over the limit is refused before
/// reading, and chunked bodies are counted while they are read, so the limit holds without Kestrel (e.g. TestServer).
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>The largest accepted body: 64 KB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const int ChunkBytes = 8 * 1024;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 32 };

    public static async Task<BodyReadResult> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return BodyReadResult.Fail(ApiProblems.TooLarge(request.ContentLength.Value));
        }

        using var buffer = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? ChunkBytes, MaxBodyBytes));
        try
        {
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return BodyReadResult.Fail(ApiProblems.TooLarge(null));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyReadResult.Fail(ApiProblems.TooLarge(null));
        }

        if (buffer.Length == 0)
        {
            return BodyReadResult.Fail(ApiProblems.EmptyBody());
        }

        try
        {
            // The document keeps a reference to the bytes, so parse from a copy that outlives this method.
            return BodyReadResult.Success(JsonDocument.Parse(buffer.ToArray(), ParseOptions));
        }
        catch (JsonException ex)
        {
            return BodyReadResult.Fail(ApiProblems.MalformedJson(ex));
        }
    }
}
