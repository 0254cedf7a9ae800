using System.IO.Compression;
using System.Text.Json;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Storage;

/// <summary>
/// The stored form of a recommendation, in SQLite (a BLOB) and in Redis (a string value): its UTF-8 JSON compressed
/// with zlib at the fastest level, so every row costs the WAL, the checkpoint and the disk (or Redis's memory) less.
/// Values written before compression (SQLite TEXT rows, Redis strings of plain JSON) are still read as they are.
/// Compression runs on the request's own thread, not the single writer's. Sizes and cost: docs/PERFORMANCE.md
/// ("Storage: group commit and background checkpoints").
/// </summary>
internal static class CompressedJson
{
    /// <summary>Compresses <paramref name="utf8Json"/> into a new array (zlib format, with its Adler-32 check).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> utf8Json)
    {
        var output = new MemoryStream(utf8Json.Length / 2);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(utf8Json);
        }

        return output.GetBuffer().AsSpan(0, (int)output.Length).ToArray();
    }

    /// <summary>Reads a stored row's value: a compressed BLOB, or the plain JSON TEXT of an older row.</summary>
    /// <exception cref="InvalidDataException">The BLOB is not valid zlib data (a damaged row).</exception>
    public static Recommendation? Read(object? stored) => stored switch
    {
        byte[] blob => ReadBlob(blob),
        string json => JsonSerializer.Deserialize<Recommendation>(json, RecommendationJson.Options),
        _ => null,
    };

    /// <summary>
    /// Reads a stored value given as bytes (Redis): zlib data, or the plain UTF-8 JSON of a value written before
    /// compression (which always starts with "{", never a zlib header).
    /// </summary>
    /// <exception cref="InvalidDataException">The value is neither JSON nor valid zlib data (a damaged value).</exception>
    public static Recommendation? Read(byte[] stored)
    {
        return stored.Length > 0 && stored[0] == (byte)'{'
            ? JsonSerializer.Deserialize<Recommendation>(stored, RecommendationJson.Options)
            : ReadBlob(stored);
    }

    /// <summary>Decompresses a stored BLOB back to the UTF-8 JSON it was made from.</summary>
    public static byte[] Decompress(byte[] blob)
    {
        using var zlib = new ZLibStream(new MemoryStream(blob, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream(blob.Length * 3);
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static Recommendation? ReadBlob(byte[] blob)
    {
        using var zlib = new ZLibStream(new MemoryStream(blob, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<Recommendation>(zlib, RecommendationJson.Options);
    }
}
