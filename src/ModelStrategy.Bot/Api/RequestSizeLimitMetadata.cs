using Microsoft.AspNetCore.Http.Metadata;

namespace ModelStrategy.Bot.Api;

/// <summary>Endpoint metadata that makes routing set the server's (Kestrel's) body limit for this endpoint.</summary>
internal sealed class RequestSizeLimitMetadata(long maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxRequestBodySize;
}
