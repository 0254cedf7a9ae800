using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModelStrategy.Channels.Http.Inbound;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams;

/// <summary>Maps the Teams endpoint.</summary>
public static class TeamsChannelEndpointRouteBuilderExtensions
{
    /// <summary>The Bot Framework messaging endpoint.</summary>
    public const string Route = "/api/messages";

    /// <summary>Maps POST <see cref="Route"/> (requires AddTeamsChannel()).</summary>
    public static IEndpointConventionBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("TeamsMessages")
            .WithMetadata(new RequestSizeLimit(MessagesEndpoint.MaxBodyBytes))
            .ExcludeFromDescription();
    }
}
