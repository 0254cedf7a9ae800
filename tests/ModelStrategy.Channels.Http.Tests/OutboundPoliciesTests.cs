using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Extensions.Http;

namespace ModelStrategy.Channels.Http.Tests;

/// <summary>The resilience both channels' API clients share, on a real HttpClient pipeline with a scripted server.</summary>
public sealed class OutboundPoliciesTests
{
    private static readonly FakeTimeProvider Time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    [Fact]
    public void RetryAfter_DeltaDateOrNone_HonouredClampedToThirtySecondsAndNeverNegative()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), OutboundPolicies.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)), 1, Time));
        Assert.Equal(TimeSpan.FromSeconds(5), OutboundPolicies.RetryAfter(new RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(5)), 1, Time));
        Assert.Equal(OutboundPolicies.MaxRetryAfter, OutboundPolicies.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)), 1, Time));
        Assert.Equal(TimeSpan.Zero, OutboundPolicies.RetryAfter(new RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(-5)), 1, Time));
        Assert.InRange(OutboundPolicies.RetryAfter(null, 2, Time), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void NeverSent_OnlyFailuresBeforeTheRequestLeft(HttpRequestError error, bool neverSent) =>
        Assert.Equal(neverSent, OutboundPolicies.NeverSent(new HttpRequestException(error, "x")));

    [Fact]
    public async Task AddOutboundResilience_429ThenOk_RetriedAfterRetryAfterAndTheAttemptHandlerSeesBoth()
    {
        // Arrange: a POST the channel's transient policy would never retry; a 429 is retried all the same.
        var server = new ScriptedServer(Throttled(TimeSpan.Zero), new HttpResponseMessage(HttpStatusCode.OK));
        await using var services = Services(server, _ => Policy.NoOpAsync<HttpResponseMessage>());
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("api");

        // Act
        using var response = await client.PostAsync(new Uri("http://api.test/post"), new StringContent("{}"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
        Assert.Equal(2, services.GetRequiredService<AttemptCounter>().Attempts);
    }

    [Fact]
    public async Task AddOutboundResilience_ServerKeepsFailing_ChannelRetriesBoundedThenTheCircuitOpens()
    {
        // Arrange: every answer a 503; the channel retries everything, at once (TransientRetry's backoff would make
        // this test wait 7 s per call).
        var server = new ScriptedServer();
        await using var services = Services(server, _ => HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(OutboundPolicies.MaxRetries));
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("api");

        // Act: the first call makes 1 + MaxRetries attempts; the breaker, outside the retry, counts one failure per call.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("http://api.test/get"));
            statuses.Add(response.StatusCode);
        }

        var attemptsBeforeOpen = server.Requests;
        var open = await Record.ExceptionAsync(() => client.GetAsync(new Uri("http://api.test/get")));

        // Assert
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        Assert.Equal(5 * (1 + OutboundPolicies.MaxRetries), attemptsBeforeOpen);
        Assert.IsType<BrokenCircuitException<HttpResponseMessage>>(open);
        Assert.Equal(attemptsBeforeOpen, server.Requests); // an open circuit sends nothing
    }

    [Fact]
    public async Task FailedAttemptHandler_ErrorStatusesAndNetworkErrors_EachAttemptReportedWithItsTag_SuccessNot()
    {
        // Arrange: a 429, then a 200; then a connection that fails.
        var server = new ScriptedServer(Throttled(TimeSpan.Zero), new HttpResponseMessage(HttpStatusCode.OK));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<List<string>>();
        services.AddTransient<RecordingFailures>();
        services.AddHttpClient("ok").ConfigurePrimaryHttpMessageHandler(() => server)
            .AddOutboundResilience<RecordingFailures>(_ => Policy.NoOpAsync<HttpResponseMessage>());
        services.AddHttpClient("down").ConfigurePrimaryHttpMessageHandler(() => new Unreachable())
            .AddOutboundResilience<RecordingFailures>(_ => Policy.NoOpAsync<HttpResponseMessage>());
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        // Act
        using var answered = await factory.CreateClient("ok").GetAsync(new Uri("http://api.test/a"));
        var down = await Record.ExceptionAsync(() => factory.CreateClient("down").GetAsync(new Uri("http://api.test/b")));

        // Assert
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.IsType<HttpRequestException>(down);
        Assert.Equal(["status 429", "network"], provider.GetRequiredService<List<string>>());
    }

    private sealed class RecordingFailures(List<string> failures) : FailedAttemptHandler
    {
        protected override void Failed(HttpRequestMessage request, string errorTag) => failures.Add(errorTag);

        protected override string StatusTag(int status) => $"status {status}";
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "refused");
    }

    private static ServiceProvider Services(ScriptedServer server, Func<HttpRequestMessage, IAsyncPolicy<HttpResponseMessage>> transient)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<AttemptCounter>();
        services.AddTransient<CountingHandler>();
        services.AddHttpClient("api")
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddOutboundResilience<CountingHandler>(transient);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private sealed class AttemptCounter
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public void Count() => Interlocked.Increment(ref _attempts);
    }

    private sealed class CountingHandler(AttemptCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Count();
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Answers with the scripted responses in order, then 503 for ever; counts what reached it.</summary>
    private sealed class ScriptedServer(params HttpResponseMessage[] script) : HttpMessageHandler
    {
        private readonly Queue<HttpResponseMessage> _script = new(script);
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            lock (_script)
            {
                return Task.FromResult(_script.TryDequeue(out var next) ? next : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            }
        }
    }
}
