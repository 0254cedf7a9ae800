using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Bot.OpenApi;

/// <summary>
/// Describes the request body of POST /api/recommendations: the constraints fields plus the quick-triage
/// <c>text</c> field, and no other fields (unknown fields are rejected with 400).
/// </summary>
internal sealed class ConstraintsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProjectConstraints))
        {
            return Task.CompletedTask;
        }

        schema.Description = "Constraints (all optional; missing ones get stated defaults), or {\"text\": \"...\"} for quick triage.";
        schema.AdditionalPropertiesAllowed = false;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties[ConstraintsJsonReader.TextField] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = ConstraintsJsonReader.MaxTextLength,
            Description = "Free text for quick triage, e.g. \"quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k\".",
        };
        return Task.CompletedTask;
    }
}
