using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ModelStrategy.Channels.Slack;

/// <summary>
/// Outside Development the Slack Web API must be reached over https: the bot sends its token with every call. (A local
/// fake Slack over http is for development and tests.) Without a host environment the rule applies.
/// </summary>
internal sealed class SlackOptionsEnvironmentValidator(IHostEnvironment? environment = null) : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (environment?.IsDevelopment() == true
            || !Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri)
            || uri.Scheme == Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"Slack:ApiBaseUrl \"{uri.GetLeftPart(UriPartial.Authority)}…\" must be https outside Development: the bot token travels with every call. "
            + "Leave it at https://slack.com/api/, or run a local fake Slack with ASPNETCORE_ENVIRONMENT=Development.");
    }
}
