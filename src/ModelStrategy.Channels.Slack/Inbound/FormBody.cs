using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// Decodes an <c>application/x-www-form-urlencoded</c> body (<c>+</c> and percent escapes) from the verified bytes.
/// A body beyond the reader's limits (more than 1,024 fields, a key over 2,048 characters; Slack sends about a dozen
/// short ones) is no form: it reads as empty, so every caller refuses or ignores it as missing its fields.
/// </summary>
internal static class FormBody
{
    public static Dictionary<string, StringValues> Parse(byte[] body)
    {
        using var reader = new FormReader(Encoding.UTF8.GetString(body));
        try
        {
            return reader.ReadForm();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>The single non-empty value of <paramref name="key"/>, or null.</summary>
    public static string? Value(this IReadOnlyDictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var values) && values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
