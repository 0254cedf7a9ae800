using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace ModelStrategy.Bot.Tests.TestSupport.OpenId;

/// <summary>
/// What a browser does in a sign-in, in process: follows redirects between the bot (its TestServer, any http://localhost
/// address) and the local OpenID providers (real loopback HTTP), and keeps each host's cookies (with their paths). Every response on the way is kept, so a test can see where it was sent.
/// </summary>
internal sealed class ReaderBrowser(TestServer bot) : IDisposable
{
    private const int MaxRedirects = 10;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _bot = new(bot.CreateHandler()) { BaseAddress = new Uri("http://localhost/") };
    private readonly HttpClient _web = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>Every address visited by the last <see cref="OpenAsync"/>, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>Opens <paramref name="address"/> and follows redirects; returns the last response's status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body, Uri Address)> OpenAsync(string address)
    {
        Visited.Clear();
        var uri = new Uri(new Uri("http://localhost/"), address);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            Visited.Add(uri);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (_cookies.GetCookieHeader(uri) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }

            using var response = await (uri.Host == "localhost" ? _bot : _web).SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    _cookies.SetCookies(uri, cookie);
                }
            }

            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } next)
            {
                uri = new Uri(uri, next);
                continue;
            }

            return (response.StatusCode, await response.Content.ReadAsStringAsync(), uri);
        }

        throw new InvalidOperationException("too many redirects: " + string.Join(" → ", Visited));
    }

    public void Dispose()
    {
        _bot.Dispose();
        _web.Dispose();
    }
}
