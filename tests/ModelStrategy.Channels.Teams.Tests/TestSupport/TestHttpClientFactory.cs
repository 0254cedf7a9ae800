namespace ModelStrategy.Channels.Teams.Tests.TestSupport;

/// <summary>Hands out clients over one fake handler.</summary>
internal sealed class TestHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
