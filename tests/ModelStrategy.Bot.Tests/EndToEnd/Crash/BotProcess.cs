using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ModelStrategy.Bot.Tests.EndToEnd.Crash;

/// <summary>
/// The real host as a child process (<c>dotnet ModelStrategy.Bot.dll</c>, the build next to this test's), on a free
/// loopback port with the given settings as environment variables. It can be killed like a crashing process.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>What the host wrote so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host and waits (generously) until /healthz answers.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var dll = BotDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = baseUri.ToString().TrimEnd('/');
        // Development: the fake Slack Web API is http on loopback, which only development allows (Slack:ApiBaseUrl).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        var bot = new BotProcess(process, baseUri);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>POSTs a JSON body to /slack/events signed with <paramref name="secret"/> as Slack signs it.</summary>
    public async Task<HttpResponseMessage> PostSlackEventAsync(string json, string secret)
    {
        using var client = new HttpClient { BaseAddress = BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "slack/events") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{json}"))));
        return await client.SendAsync(request);
    }

    /// <summary>kill -9: the process ends at once, with no shutdown of any kind.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited ({_process.ExitCode}) while starting:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // slow start
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the bot did not answer /healthz within 2 minutes:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The host's ModelStrategy.Bot.dll of the build this test runs in: artifacts/bin/ModelStrategy.Bot/{configuration}
    /// next to artifacts/bin/ModelStrategy.Bot.Tests/{configuration} (the repository's artifacts output layout).
    /// </summary>
    private static string BotDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(output.Parent!.Parent!.FullName, "ModelStrategy.Bot", output.Name, "ModelStrategy.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("the host's build was not found next to the tests'", dll);
    }
}
