using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack;

/// <summary>Maps the Slack endpoints.</summary>
public static class SlackChannelEndpointRouteBuilderExtensions
{
    /// <summary>The Events API request URL.</summary>
    public const string EventsRoute = "/slack/events";

    /// <summary>The slash command request URL.</summary>
    public const string CommandsRoute = "/slack/commands";

    /// <summary>The interactivity request URL.</summary>
    public const string InteractionsRoute = "/slack/interactions";

    /// <summary>Maps POST <see cref="EventsRoute"/>, <see cref="CommandsRoute"/> and <see cref="InteractionsRoute"/> (requires AddSlackChannel()).</summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var limit = new BodySizeLimit(SlackBody.MaxBytes);
        endpoints.MapPost(EventsRoute, (HttpContext context, EventsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackEvents").WithMetadata(limit).ExcludeFromDescription();
        endpoints.MapPost(CommandsRoute, (HttpContext context, CommandsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackCommands").WithMetadata(limit).ExcludeFromDescription();
        endpoints.MapPost(InteractionsRoute, (HttpContext context, InteractionsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackInteractions").WithMetadata(limit).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Makes routing set the server's (Kestrel's) body limit for these endpoints.</summary>
    private sealed class BodySizeLimit(long maxRequestBodySize) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxRequestBodySize;
    }
}
