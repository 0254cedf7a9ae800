using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace ModelStrategy.Bot.Tests.EndToEnd.Access;

/// <summary>Requests to the HTTP API from a chosen client address, with optional key and X-Forwarded-For.</summary>
internal static class ApiClient
{
    public const string Body = """{"need":"knowledge","budgetUsd":40000}""";

    public static async Task<(HttpStatusCode Status, string Body, HttpContext Context)> PostAsync(
        TestServer server, IPAddress from, string? key = null, string? forwardedFor = null, string path = "/api/recommendations", string body = Body)
    {
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = path;
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            c.Connection.RemoteIpAddress = from;
            if (key is not null)
            {
                c.Request.Headers["X-Api-Key"] = key;
            }

            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, await reader.ReadToEndAsync(), context);
    }
}
