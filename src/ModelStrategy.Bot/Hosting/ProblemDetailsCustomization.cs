namespace ModelStrategy.Bot.Hosting;

/// <summary>Adds a helpful detail to the problem responses the framework writes on its own.</summary>
internal static class ProblemDetailsCustomization
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header Content-Type: application/json.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that HTTP method.",
            StatusCodes.Status500InternalServerError => "The server failed to process the request; the trace id identifies it in the logs.",
            _ => null,
        };
    }
}
