using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ModelStrategy.Storage.Redis;

/// <summary>Ready when Redis answers a PING within <see cref="Timeout"/>; never throws for an unreachable server.</summary>
internal sealed class RedisStoreReadiness(RedisConnection connection, ILogger<RedisStoreReadiness>? logger = null) : IStoreReadiness
{
    /// <summary>How long the probe waits for the connection and the PING together.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly ILogger _logger = logger ?? NullLogger<RedisStoreReadiness>.Instance;

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await PingAsync(cancellationToken).WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The exception type only: the reason stays readable and nothing of the configuration can leak.
            Log.RedisNotReady(_logger, ex.GetType().Name);
            return false;
        }
    }

    private async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await connection.GetMultiplexerAsync(cancellationToken).ConfigureAwait(false);
        if (!multiplexer.IsConnected)
        {
            Log.RedisNotReady(_logger, "not connected");
            return false;
        }

        await multiplexer.GetDatabase().PingAsync().ConfigureAwait(false);
        return true;
    }
}
