using Microsoft.Extensions.Options;

namespace ModelStrategy.Bot.Pricing;

/// <summary>Fails start-up on a check interval outside one second to one day.</summary>
internal sealed class PricingOptionsValidator : IValidateOptions<PricingOptions>
{
    public ValidateOptionsResult Validate(string? name, PricingOptions options)
    {
        return options.CheckInterval >= TimeSpan.FromSeconds(1) && options.CheckInterval <= TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Pricing:CheckInterval {options.CheckInterval} must be between 00:00:01 and 1.00:00:00.");
    }
}
