using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Core.ChannelSupport.RateLimiting;

/// <summary>Fails start-up with a readable message when a budget is out of range.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => $"{RateLimitOptions.SectionName}: {r.ErrorMessage}"));
    }
}
