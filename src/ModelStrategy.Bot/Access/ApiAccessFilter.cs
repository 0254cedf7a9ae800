namespace ModelStrategy.Bot.Access;

/// <summary>
/// Lets a request through to the API's handlers only with a caller (<see cref="ApiCallers"/>); anything else gets 401
/// problem+json saying how to authenticate, and nothing is read, computed or stored.
/// </summary>
internal sealed class ApiAccessFilter(ApiCallers callers) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (callers.Of(context.HttpContext) is not null)
        {
            return await next(context).ConfigureAwait(false);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + ApiCallers.KeyHeader + "\"";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "An API key is required",
            detail: $"Send a valid key in the {ApiCallers.KeyHeader} header (docs/SECURITY.md, \"HTTP API\"). Without one the API answers only "
                + "a development host's own loopback calls.");
    }
}
