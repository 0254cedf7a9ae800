namespace ModelStrategy.Bot.Hosting;

/// <summary>Listens on the documented default address unless the operator chose another one.</summary>
internal static class DefaultUrlsWebApplicationBuilderExtensions
{
    /// <summary>The configuration key holding the default address (appsettings.json).</summary>
    public const string DefaultUrlsKey = "DefaultUrls";

    /// <summary>The documented default: port 3978 on loopback.</summary>
    public const string FallbackUrls = "http://localhost:3978";

    /// <summary>
    /// Applies <c>DefaultUrls</c> only when none of <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>Urls</c>,
    /// <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> or <c>Kestrel:Endpoints</c> is set, so each of those overrides it.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var chosen = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!chosen)
        {
            builder.WebHost.UseUrls(configuration[DefaultUrlsKey] is { Length: > 0 } urls ? urls : FallbackUrls);
        }

        return builder;
    }
}
