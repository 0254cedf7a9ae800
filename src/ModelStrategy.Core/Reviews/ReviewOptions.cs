using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Core.Reviews;

/// <summary>Review reminder settings, bound from the "Reviews" section.</summary>
public sealed class ReviewOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Reviews";

    /// <summary>The review periods a team can choose, in months.</summary>
    public static IReadOnlyList<int> Periods { get; } = [1, 3, 6, 12];

    /// <summary>How often each instance looks for reminders that came due. Default 1 minute.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an instance holds a due reminder while it posts it; another instance takes it up after that. Default 5 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many reminders one conversation may have waiting. Default 5.</summary>
    [Range(1, 20)]
    public int MaxPerConversation { get; set; } = 5;

    /// <summary>How many times a due reminder is tried before it is given up (e.g. the bot was removed from the chat). Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// Development only: how long "a month" lasts, so a reminder can be tried out without waiting (e.g. "00:00:10").
    /// Null, the default: calendar months.
    /// </summary>
    public TimeSpan? MonthLength { get; set; }

    /// <summary>When a review asked for at <paramref name="now"/> for <paramref name="months"/> months from then is due.</summary>
    public DateTimeOffset DueAt(DateTimeOffset now, int months) => MonthLength is { } month ? now + (month * months) : now.AddMonths(months);
}

/// <summary>Fails start-up with a readable message when the review settings cannot work.</summary>
internal sealed class ReviewOptionsValidator : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        var errors = new List<string>();
        if (options.CheckInterval < TimeSpan.FromSeconds(1) || options.CheckInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{ReviewOptions.SectionName}:CheckInterval {options.CheckInterval} must be between 00:00:01 and 01:00:00.");
        }

        if (options.Lease < TimeSpan.FromSeconds(10) || options.Lease > TimeSpan.FromDays(1))
        {
            errors.Add($"{ReviewOptions.SectionName}:Lease {options.Lease} must be between 00:00:10 and 1.00:00:00.");
        }

        if (options.MonthLength is { } month && (month < TimeSpan.FromSeconds(1) || month > TimeSpan.FromDays(31)))
        {
            errors.Add($"{ReviewOptions.SectionName}:MonthLength {month} must be between 00:00:01 and 31.00:00:00, or unset for calendar months.");
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        errors.AddRange(results.Select(r => $"{ReviewOptions.SectionName}: {r.ErrorMessage}"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
