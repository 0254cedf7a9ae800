using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>
/// The process's one Redis connection, opened on first use. It never aborts on a failed connect: start-up goes on while
/// Redis is down, the multiplexer keeps reconnecting in the background, commands fail until it is back, and the
/// readiness probe says so. A connect that throws (a bad configuration) is retried on the next call.
/// </summary>
internal sealed class RedisConnection(IOptions<StorageOptions> options, ILogger<RedisConnection>? logger = null) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<RedisConnection>.Instance;
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>The key builder for the configured prefix.</summary>
    public RedisKeys Keys { get; } = new(options.Value.RedisKeyPrefix);

    /// <summary>The database to talk to, connecting first when nothing has yet.</summary>
    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken) =>
        (await GetMultiplexerAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();

    /// <summary>The shared multiplexer (connected, or reconnecting in the background).</summary>
    public async Task<IConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _multiplexer) is { } ready)
        {
            return ready;
        }

        await _connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_multiplexer is null)
            {
                var configuration = Configuration(options.Value);
                Log.RedisConnecting(_logger, configuration.EndPoints, Keys.Prefix);
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
                multiplexer.ConnectionFailed += (_, e) => Log.RedisConnectionLost(_logger, e.EndPoint, e.FailureType);
                multiplexer.ConnectionRestored += (_, e) => Log.RedisConnectionRestored(_logger, e.EndPoint);
                Volatile.Write(ref _multiplexer, multiplexer);
            }

            return _multiplexer;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _multiplexer, null) is { } multiplexer)
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }

        _connectLock.Dispose();
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _multiplexer, null)?.Dispose();
        _connectLock.Dispose();
    }

    private static ConfigurationOptions Configuration(StorageOptions settings)
    {
        var configuration = ConfigurationOptions.Parse(settings.RedisConnectionString ?? string.Empty);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "modelstrategy-bot";
        return configuration;
    }
}
