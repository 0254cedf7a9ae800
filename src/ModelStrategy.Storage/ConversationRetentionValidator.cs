using Microsoft.Extensions.Options;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Storage;

/// <summary>
/// Refuses a conversation retention that would drop a conversation before the engine closes its idle dialog:
/// the user would lose the "that dialog expired" note and the history with it.
/// </summary>
internal sealed class ConversationRetentionValidator(IOptions<ConversationOptions> conversations) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.ConversationRetention <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Success;
        }

        var idle = conversations.Value.IdleExpiry;
        return options.ConversationRetention > idle
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:ConversationRetention ({options.ConversationRetention}) must be longer than " +
                $"{ConversationOptions.SectionName}:IdleExpiry ({idle}).");
    }
}
