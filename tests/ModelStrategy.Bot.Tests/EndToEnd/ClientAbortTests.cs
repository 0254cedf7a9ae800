using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd;

/// <summary>
/// A host whose request bodies fail the way Kestrel's do when the client closes the connection mid-body (as wrk does
/// when a load test ends), for requests marked with <see cref="AbortHeader"/>. Everything else is the real pipeline.
/// </summary>
public sealed class ClientAbortFactory : BotFactory
{
    public const string AbortHeader = "X-Test-Abort-Body";

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, AbortingBodyFilter>());
    }

    private sealed class AbortingBodyFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.ContainsKey(AbortHeader))
                {
                    context.Request.Body = new EndsEarlyStream();
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Hands out a few bytes, then fails as Kestrel does for a body shorter than its Content-Length.</summary>
    private sealed class EndsEarlyStream : MemoryStream
    {
        private bool _started;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_started)
            {
                return ValueTask.FromException<int>(new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest));
            }

            _started = true;
            "{\"budg"u8.CopyTo(buffer.Span);
            return ValueTask.FromResult(6);
        }
    }
}

[Trait("Category", "E2E")]
public sealed class ClientAbortTests(ClientAbortFactory factory) : IClassFixture<ClientAbortFactory>
{
    [Fact]
    public async Task Post_BodyEndsEarly_Returns400AndLogsNoError()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/recommendations", UriKind.Relative))
        {
            Content = HttpAssert.Json("""{"budgetUsd": 40000}"""),
        };
        request.Headers.Add(ClientAbortFactory.AbortHeader, "1");

        // Act
        using var response = await client.SendAsync(request);

        // Assert: the client's doing is a 400 with a debug line, never a 500 with an error and its stack trace.
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("aborted", StringComparison.Ordinal));
    }
}
