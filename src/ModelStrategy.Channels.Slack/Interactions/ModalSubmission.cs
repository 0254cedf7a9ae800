using System.Text.Json;
using ModelStrategy.Channels.Slack.Blocks;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Channels.Slack.Interactions;

/// <summary>
/// A submitted modal read and validated the way the HTTP API validates a body: the values become a constraints object
/// for Core's <see cref="ConstraintsJsonReader"/>, which checks every field and names the allowed values of bad ones.
/// </summary>
internal static class ModalSubmission
{
    public static ConstraintsReadResult Read(IReadOnlyDictionary<string, string> values)
    {
        var json = ModalFields.ToConstraintsJson(values);
        return ConstraintsJsonReader.Read(JsonSerializer.SerializeToElement(json));
    }
}
