using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ModelStrategy.Deployment.Tests;

/// <summary>The routes the real host maps, read from its EndpointDataSource.</summary>
internal sealed class HostRoutes(IReadOnlyList<RouteEndpoint> endpoints)
{
    public IReadOnlyList<RouteEndpoint> Endpoints { get; } = endpoints;

    public static HostRoutes Of(IServiceProvider services) =>
        new([.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()]);

    /// <summary>True when some route matches <paramref name="path"/> and accepts <paramref name="method"/>.</summary>
    public bool Serves(string method, string path) => Endpoints.Any(e => Matches(e.RoutePattern, path) && Accepts(e, method));

    private static bool Accepts(RouteEndpoint endpoint, string method) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
        || methods.HttpMethods.Count == 0
        || methods.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase);

    private static bool Matches(RoutePattern pattern, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != pattern.PathSegments.Count)
        {
            return false;
        }

        return pattern.PathSegments.Zip(segments).All(pair => pair.First.Parts switch
        {
            [RoutePatternLiteralPart literal] => string.Equals(literal.Content, pair.Second, StringComparison.OrdinalIgnoreCase),
            [RoutePatternParameterPart] => true,
            _ => false,
        });
    }
}
