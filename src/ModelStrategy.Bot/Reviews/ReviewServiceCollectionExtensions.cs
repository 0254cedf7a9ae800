using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Bot.Reviews;

/// <summary>Registers the service that posts due reviews.</summary>
internal static class ReviewServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ReviewReminderService"/> and the rule that <see cref="ReviewOptions.MonthLength"/> is for Development only.</summary>
    public static IServiceCollection AddReviewReminders(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewOptions>, ReviewOptionsEnvironmentValidator>());
        services.AddHostedService<ReviewReminderService>();
        return services;
    }
}
