using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace ModelStrategy.Channels.Http.Inbound;

/// <summary>Why a body was not read.</summary>
public enum BodyRefusal
{
    /// <summary>Read in full.</summary>
    None,

    /// <summary>Larger than the endpoint's limit (declared or counted): 413.</summary>
    TooLarge,

    /// <summary>The server could not read it (the client stopped sending, malformed framing): the server's 4xx.</summary>
    Unreadable,

    /// <summary>The client went away while sending: nobody is left to answer.</summary>
    Aborted,
}

/// <summary>A request body read under a limit: its bytes exactly as sent, or why it was refused.</summary>
/// <param name="Bytes">The body (empty when refused).</param>
/// <param name="Refusal">Why it was not read, or <see cref="BodyRefusal.None"/>.</param>
/// <param name="DeclaredLength">The Content-Length that was over the limit, when that is why.</param>
/// <param name="Status">The status the server gave an unreadable body.</param>
public readonly record struct BoundedBody(ReadOnlyMemory<byte> Bytes, BodyRefusal Refusal, long? DeclaredLength = null, int Status = StatusCodes.Status400BadRequest)
{
    private const int ChunkBytes = 8 * 1024;

    /// <summary>True when the whole body was read.</summary>
    public bool IsRead => Refusal == BodyRefusal.None;

    /// <summary>
    /// Reads the raw body of every endpoint that takes one (the API, Teams, Slack) with a hard limit: a declared
    /// Content-Length over it is refused before reading, and a chunked body is counted while it is read, so the limit
    /// holds without Kestrel's own (e.g. under TestServer). The bytes are kept exactly as sent (Slack signs them).
    /// </summary>
    public static async Task<BoundedBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return new(default, BodyRefusal.TooLarge, request.ContentLength);
        }

        using var buffer = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? ChunkBytes, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return new(default, BodyRefusal.TooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(default, BodyRefusal.TooLarge);
        }
        catch (BadHttpRequestException ex)
        {
            return new(default, BodyRefusal.Unreadable, Status: ex.StatusCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new(default, BodyRefusal.Aborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        // The stream's own buffer is handed out as it is (it is not reused), so no copy is made.
        return new(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), BodyRefusal.None);
    }
}

/// <summary>Endpoint metadata that makes routing set the server's (Kestrel's) body limit for an endpoint.</summary>
public sealed class RequestSizeLimit(long maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxRequestBodySize;
}
