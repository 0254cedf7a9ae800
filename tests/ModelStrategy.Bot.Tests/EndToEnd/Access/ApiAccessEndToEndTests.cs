using System.Net;
using System.Security.Cryptography;
using System.Text;
using ModelStrategy.Bot.Tests.EndToEnd.Fuzz;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Access;

/// <summary>
/// The HTTP API answers a configured key (stored as its SHA-256), within that key's quota; without a key or with a wrong
/// one it answers 401 and stores nothing; anonymous calls work only in development, from loopback.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ApiAccessEndToEndTests
{
    private const string GoodKey = "k1-3PpQd0lYv8tNw2xZ7aB5cE9fH4jK6mR1sU";
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.10");

    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-key")]
    [InlineData("")]
    public async Task Post_ProductionWithoutAValidKey_401AndNothingStored(string? key)
    {
        using var factory = new KeyedFactory("Production");

        var response = await ApiClient.PostAsync(factory.Server, Remote, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("An API key is required", response.Body, StringComparison.Ordinal);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Context.Response.Headers.WWWAuthenticate.ToString());
        Assert.Equal(0, await factory.StoredRecommendationsAsync());
    }

    [Fact]
    public async Task Post_GoodKey_200AndStored()
    {
        using var factory = new KeyedFactory("Production");

        var response = await ApiClient.PostAsync(factory.Server, Remote, GoodKey);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("\"path\":", response.Body, StringComparison.Ordinal);
        Assert.Equal(1, await factory.StoredRecommendationsAsync());
    }

    [Fact]
    public async Task Post_DevelopmentLoopback_AnonymousAccepted_ButAWrongKeyIsNever()
    {
        using var factory = new KeyedFactory("Development");

        var anonymous = await ApiClient.PostAsync(factory.Server, IPAddress.Loopback);
        var wrongKey = await ApiClient.PostAsync(factory.Server, IPAddress.Loopback, "not-the-key");
        var anonymousRemote = await ApiClient.PostAsync(factory.Server, Remote);

        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRemote.Status);
        Assert.Equal(1, await factory.StoredRecommendationsAsync());
    }

    [Fact]
    public async Task Post_OverTheKeysQuota_429AndNothingStored_AnotherKeyUnaffected()
    {
        using var factory = new KeyedFactory("Production");

        var first = await ApiClient.PostAsync(factory.Server, Remote, GoodKey);
        var second = await ApiClient.PostAsync(factory.Server, IPAddress.Parse("198.51.100.7"), GoodKey);
        var third = await ApiClient.PostAsync(factory.Server, Remote, GoodKey);
        var other = await ApiClient.PostAsync(factory.Server, Remote, KeyedFactory.OtherKey);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], [first.Status, second.Status, third.Status, other.Status]);
        Assert.Contains("nothing was stored", third.Body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(third.Context.Response.Headers.RetryAfter.ToString()));
        Assert.Equal(3, await factory.StoredRecommendationsAsync());
    }

    [Fact]
    public async Task Start_KeyStoredInClearInsteadOfItsHash_HostRefusesToStart()
    {
        var error = FailedStart.Of(() => new KeyedFactory("Production", sha256: GoodKey));

        Assert.Contains("Api:Keys:0:Sha256 must be the key's SHA-256", Assert.IsAssignableFrom<Exception>(error).ToString(), StringComparison.Ordinal);
    }

    /// <summary>Two keys: "ci" (burst 2, one a minute) and "portal".</summary>
    private sealed class KeyedFactory(string environment, string? sha256 = null) : BotFactory
    {
        public const string OtherKey = "k2-portal-9vB3nM6qW1eR4tY7uI0oP2aS5dF8gH";

        protected override string? EnvironmentName => environment;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Api:Keys:0:Name"] = "ci",
            ["Api:Keys:0:Sha256"] = sha256 ?? Sha256(GoodKey),
            ["Api:Keys:0:Burst"] = "2",
            ["Api:Keys:0:PermitsPerMinute"] = "1",
            ["Api:Keys:1:Name"] = "portal",
            ["Api:Keys:1:Sha256"] = Sha256(OtherKey),
        };

        /// <summary>Rows in the recommendations table; asks /readyz first, which opens (creates) the store if nothing has.</summary>
        public async Task<long> StoredRecommendationsAsync()
        {
            using var ready = await CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            return StoreConsistency.Count(SqlitePath, "recommendations");
        }
    }
}
