using System.Buffers;
using System.Text.Json;
using ModelStrategy.Core.Json;

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

    private static readonly JsonDocumentOptions ParseOptions = ReadableJson.Options(maxDepth: 32);

    public static async Task<BodyReadResult> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return BodyReadResult.Fail(ApiProblems.TooLarge(request.ContentLength.Value), "body too large");
        }

        using var buffer = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? ChunkBytes, MaxBodyBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return BodyReadResult.Fail(ApiProblems.TooLarge(null), "body too large");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyReadResult.Fail(ApiProblems.TooLarge(null), "body too large");
        }
        catch (BadHttpRequestException ex)
        {
            // The server could not read the body, typically because the client stopped sending it (e.g. a load
            // generator closing its connections mid-request): the client's doing, answered with 400, not an error.
            return BodyReadResult.Fail(ApiProblems.UnreadableBody(ex.StatusCode), "body not readable (client aborted or malformed framing)");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away while sending; nobody is left to answer, so nothing is logged as an error.
            return BodyReadResult.Fail(ApiProblems.UnreadableBody(StatusCodes.Status400BadRequest), "client aborted the request");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            return BodyReadResult.Fail(ApiProblems.EmptyBody(), "empty body");
        }

        try
        {
            // The document keeps a reference to the bytes: the stream's own buffer is not reused, so no copy is needed.
            var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ParseOptions);
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
