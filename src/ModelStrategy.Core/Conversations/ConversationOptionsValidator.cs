using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Core.Conversations;

/// <summary>Fails start-up with a readable message when the dialog settings cannot work.</summary>
internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        var errors = new List<string>();
        if (options.IdleExpiry <= TimeSpan.Zero)
        {
            errors.Add($"{ConversationOptions.SectionName}:IdleExpiry must be positive, e.g. \"7.00:00:00\".");
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        errors.AddRange(results.Select(r => $"{ConversationOptions.SectionName}: {r.ErrorMessage}"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
