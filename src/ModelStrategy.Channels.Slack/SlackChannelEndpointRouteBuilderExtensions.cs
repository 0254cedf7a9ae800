using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModelStrategy.Channels.Http.Inbound;
using ModelStrategy.Channels.Slack.Commands;
using ModelStrategy.Channels.Slack.Events;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Interactions;

namespace ModelStrategy.Channels.Slack;

/// <summary>Maps the Slack endpoints.</summary>
public static class SlackChannelEndpointRouteBuilderExtensions
{
    /// <summary>The route group of every Slack request URL.</summary>
    public const string GroupRoute = "/slack";

    /// <summary>The Events API request URL.</summary>
    public const string EventsRoute = GroupRoute + "/events";

    /// <summary>The slash command request URL.</summary>
    public const string CommandsRoute = GroupRoute + "/commands";

    /// <summary>The interactivity request URL.</summary>
    public const string InteractionsRoute = GroupRoute + "/interactions";

    /// <summary>
    /// Maps POST <see cref="EventsRoute"/>, <see cref="CommandsRoute"/> and <see cref="InteractionsRoute"/> (requires
    /// AddSlackChannel()) in one group whose filter verifies, limits and scopes every request before its endpoint runs.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var slack = endpoints.MapGroup(GroupRoute)
            .AddEndpointFilter<SlackRequestFilter>()
            .WithMetadata(new RequestSizeLimit(SlackRequestFilter.MaxBodyBytes))
            .ExcludeFromDescription();
        slack.MapPost(EventsRoute[GroupRoute.Length..], (HttpContext context, EventsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackEvents").WithMetadata(SlackContentType.Json);
        slack.MapPost(CommandsRoute[GroupRoute.Length..], (HttpContext context, CommandsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackCommands").WithMetadata(SlackContentType.Form);
        slack.MapPost(InteractionsRoute[GroupRoute.Length..], (HttpContext context, InteractionsEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("SlackInteractions").WithMetadata(SlackContentType.Form);
        return endpoints;
    }
}
