using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>
/// A private redis-server for tests: a free loopback port, its own temporary directory, no RDB snapshots, and the
/// append-only file (fsync on every write) only when asked, to survive a restart. Stopping kills the process (a crash, not a shutdown).
/// Fails, never skips, when redis-server is not installed.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>What the failure says when redis-server is missing.</summary>
    public const string NotInstalledMessage =
        "redis-server is not installed, and the Redis store tests need a real one: apt-get install -y redis-server (Debian package; .ci/run installs it).";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string _executable;
    private readonly bool _appendOnly;
    private readonly IReadOnlyList<string> _settings;
    private Process? _process;

    private RedisServer(string executable, bool appendOnly, IReadOnlyList<string> settings)
    {
        _executable = executable;
        _appendOnly = appendOnly;
        _settings = settings;
        Directory = Path.Combine(Path.GetTempPath(), "ms-redis-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The server's working directory (deleted on dispose).</summary>
    public string Directory { get; }

    /// <summary>The loopback port it listens on; kept across <see cref="StopAsync"/>/<see cref="StartAsync()"/>.</summary>
    public int Port { get; private set; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>
    /// Starts a new server; <paramref name="appendOnly"/> keeps data across a restart; <paramref name="settings"/> are
    /// more command-line settings, e.g. <c>--maxmemory 16mb</c>.
    /// </summary>
    public static async Task<RedisServer> StartNewAsync(bool appendOnly = false, IReadOnlyList<string>? settings = null)
    {
        var searchPath = string.Join(Path.PathSeparator, Environment.GetEnvironmentVariable("PATH"), "/usr/local/bin", "/usr/bin", "/usr/sbin");
        var server = new RedisServer(FindExecutable(searchPath), appendOnly, settings ?? []);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                server.Port = FreePort();
                try
                {
                    await server.StartAsync();
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // Another process took the port between probing and binding: try another.
                }
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The redis-server in the first folder of <paramref name="searchPath"/> that has one.</summary>
    /// <exception cref="InvalidOperationException">It is not installed.</exception>
    public static string FindExecutable(string? searchPath)
    {
        var folders = (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(NotInstalledMessage);
    }

    /// <summary>Starts (again) on the same port and directory; returns once it answers PING.</summary>
    public async Task StartAsync()
    {
        var info = new ProcessStartInfo(_executable) { UseShellExecute = false, WorkingDirectory = Directory };
        string[] arguments =
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", Directory,
            // appendfsync always: with "everysec" Redis may acknowledge a write whose AOF write it postponed behind a slow
            // fsync, and a kill then loses it; tests that restart the server must not depend on the disk's mood.
            "--save", string.Empty, "--appendonly", _appendOnly ? "yes" : "no", "--appendfsync", "always", "--daemonize", "no",
            "--logfile", Path.Combine(Directory, "redis.log"),
            .. _settings,
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || deadline.IsCancellationRequested)
            {
                var log = Path.Combine(Directory, "redis.log");
                throw new InvalidOperationException(
                    $"redis-server on port {Port} did not come up: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "no log")}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Kills the server (as a crash would) and waits for it to go.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
