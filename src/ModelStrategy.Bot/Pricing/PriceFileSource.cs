using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Pricing;

/// <summary>What a check of the price file did.</summary>
internal enum PriceReload
{
    /// <summary>No file configured, or the same content as last time.</summary>
    Unchanged,

    /// <summary>A new book is in force.</summary>
    Loaded,

    /// <summary>The file could not be read or is invalid: the last good book stays in force.</summary>
    Kept,
}

/// <summary>
/// The operator's price book: the file named by <c>Pricing:File</c> over the built-in prices, re-read whenever its
/// content changes (<see cref="Reload"/>). An invalid or unreadable file keeps the last good book and logs an error
/// naming each problem, once per content. Without a file, the built-in book.
/// </summary>
internal sealed class PriceFileSource : IPriceBookSource
{
    private readonly Lock _gate = new();
    private readonly ILogger<PriceFileSource> _logger;
    private PriceBook _current = PriceBook.BuiltIn;
    private byte[]? _lastHash;
    private string? _lastFailure;

    public PriceFileSource(IOptions<PricingOptions> options, IHostEnvironment environment, ILogger<PriceFileSource> logger)
    {
        _logger = logger;
        var file = options.Value.File;
        Path = string.IsNullOrWhiteSpace(file) ? null : System.IO.Path.GetFullPath(file, environment.ContentRootPath);
    }

    /// <summary>The price file's full path; null when none is configured.</summary>
    public string? Path { get; }

    public PriceBook Current => Volatile.Read(ref _current);

    /// <summary>
    /// Reads the file at start-up. The configured file must exist and be valid: otherwise start-up fails, saying why.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file cannot be read or is invalid.</exception>
    public void Load()
    {
        if (Path is null)
        {
            Log.PricesBuiltIn(_logger, PriceBook.BuiltIn.Stamp.Name);
            return;
        }

        if (Reload() == PriceReload.Kept)
        {
            throw new InvalidOperationException($"Pricing:File {Path}: {_lastFailure}");
        }
    }

    /// <summary>Re-reads the file; a new content replaces the book if it is valid. Safe to call from any thread.</summary>
    public PriceReload Reload()
    {
        if (Path is null)
        {
            return PriceReload.Unchanged;
        }

        lock (_gate)
        {
            var (bytes, readError) = ReadFile(Path);
            if (bytes is null)
            {
                return Keep(readError!);
            }

            var hash = SHA256.HashData(bytes);
            if (_lastHash is not null && hash.AsSpan().SequenceEqual(_lastHash))
            {
                return _lastFailure is null ? PriceReload.Unchanged : PriceReload.Kept;
            }

            _lastHash = hash;
            var result = PriceFileReader.Read(Encoding.UTF8.GetString(bytes), FormatOf(Path));
            if (result.Book is not { } book)
            {
                return Keep(string.Join("; ", result.Errors));
            }

            _lastFailure = null;
            Volatile.Write(ref _current, book);
            var changed = PriceChanges.Between(PriceBook.BuiltIn, book).Count;
            Log.PricesLoaded(_logger, book.Stamp.Name, Path, changed);
            return PriceReload.Loaded;
        }
    }

    /// <summary>The format a file name says: ".json" is JSON, anything else YAML.</summary>
    public static PriceFileFormat FormatOf(string path) =>
        System.IO.Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? PriceFileFormat.Json : PriceFileFormat.Yaml;

    /// <summary>The file's bytes (at most <see cref="PriceFileReader.MaxBytes"/>), or why they could not be read.</summary>
    public static (byte[]? Bytes, string? Error) ReadFile(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > PriceFileReader.MaxBytes)
            {
                return (null, $"file: larger than {PriceFileReader.MaxBytes / 1024} KB");
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (copy.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? "file: not found" : "file: cannot be read (" + e.GetType().Name + ")");
        }
    }

    private PriceReload Keep(string failure)
    {
        if (failure != _lastFailure)
        {
            _lastFailure = failure;
            Log.PricesRejected(_logger, Path!, _current.Stamp.Name, failure);
        }

        return PriceReload.Kept;
    }
}
