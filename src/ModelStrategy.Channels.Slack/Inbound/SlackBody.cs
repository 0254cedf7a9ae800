using Microsoft.AspNetCore.Http;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// Reads the raw request body with a hard limit, as the host's API does: a declared Content-Length over the limit is
/// refused before reading, and a chunked body is counted while it is read. The bytes are kept exactly as sent,
/// because the signature is computed over them.
/// </summary>
internal static class SlackBody
{
    /// <summary>The largest accepted body: 64 KB (Slack's payloads are a few KB).</summary>
    public const int MaxBytes = 64 * 1024;

    private const int ChunkBytes = 8 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, MaxBytes));
        try
        {
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
