using Microsoft.Extensions.Options;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot.Reviews;

/// <summary>A shortened review month (<see cref="ReviewOptions.MonthLength"/>) is for trying reminders out in Development only.</summary>
internal sealed class ReviewOptionsEnvironmentValidator(IHostEnvironment environment) : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        return options.MonthLength is null || environment.IsDevelopment()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Reviews:MonthLength shortens every review and is for Development only; unset it for calendar months.");
    }
}
