using Microsoft.AspNetCore.Authentication;
using ModelStrategy.Bot.Reports.Access;

namespace ModelStrategy.Bot.Access;

/// <summary>
/// For a request to the API or a report that carries <c>Authorization: Bearer …</c>: validates it as a Microsoft Entra
/// access token for the bot's app registration (scheme <see cref="ReportAccessSettings.ApiBearerScheme"/>, only when
/// Teams:AppId is set) and leaves the caller's tenant, or the refusal, for <see cref="ApiCallers"/>.
/// </summary>
internal sealed class ApiBearerAuthentication(RequestDelegate next, ReportAccessSettings settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            && (path.StartsWithSegments("/api/recommendations") || path.StartsWithSegments("/r")))
        {
            var tenant = settings.ApiBearer is null
                ? null
                : (await context.AuthenticateAsync(ReportAccessSettings.ApiBearerScheme).ConfigureAwait(false)) is { Succeeded: true } result
                    ? result.Principal.FindFirst("tid")?.Value
                    : null;
            context.Items[ApiCallers.BearerItem] = tenant ?? string.Empty;
        }

        await next(context).ConfigureAwait(false);
    }
}
