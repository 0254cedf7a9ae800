using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ModelStrategy.Bot.Access;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Bot.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter for the HTTP API and the report pages: a token bucket per API key, sized by the key's own
/// quota, per Entra tenant, and for
/// everything else (the development caller, requests without a valid key) per client address, sized by
/// <see cref="RateLimitOptions.ApiPermitsPerMinute"/> and <see cref="RateLimitOptions.ApiBurst"/>, where an IPv6 address
/// counts by its /64 (<see cref="ClientAddress"/>) and the address is the one trusted forwarded headers name. Over the
/// budget: 429 problem+json with Retry-After, and nothing is stored. The chat channels limit per team themselves, after
/// verification.
/// </summary>
internal static class ApiRateLimiting
{
    /// <summary>The policy the API endpoints require.</summary>
    public const string Policy = "api";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.AddPolicy(Policy, context => !settings.Enabled
                ? RateLimitPartition.GetNoLimiter("off")
                : context.RequestServices.GetRequiredService<ApiCallers>().Of(context) switch
                {
                    { Kind: ApiCallerKind.Key } key => RateLimitPartition.GetTokenBucketLimiter("key:" + key.Name, _ => TokenBucket(key.PermitsPerMinute!.Value, key.Burst!.Value)),
                    { Kind: ApiCallerKind.Entra } entra => RateLimitPartition.GetTokenBucketLimiter("tenant:" + entra.Name, _ => TokenBucket(settings.ApiPermitsPerMinute, settings.ApiBurst)),
                    _ => RateLimitPartition.GetTokenBucketLimiter(
                        "address:" + ClientAddress.PartitionKey(context.Connection.RemoteIpAddress),
                        _ => TokenBucket(settings.ApiPermitsPerMinute, settings.ApiBurst)),
                });
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions TokenBucket(int permitsPerMinute, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / permitsPerMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client has sent more requests than its quota allows; nothing was stored. Try again in {seconds} seconds.",
            },
        });
    }
}
