using System.Text;

namespace ModelStrategy.Channels.Slack.Inbound;

/// <summary>
/// The workspace a verified request comes from, read cheaply for the rate limiter: <c>team_id</c> of an Events API
/// envelope or a slash command form, <c>team.id</c> of an interaction payload. Null when the body carries none.
/// </summary>
internal static class SlackTeamId
{
    public static string? Read(byte[] body)
    {
        if (body.Length > 0 && body[0] == (byte)'{')
        {
            using var envelope = SlackJson.ParseObject(body);
            return envelope?.RootElement.String("team_id");
        }

        var form = FormBody.Parse(body);
        if (form.Value("team_id") is { Length: > 0 } teamId)
        {
            return teamId;
        }

        if (form.Value("payload") is not { } payload)
        {
            return null;
        }

        using var document = SlackJson.ParseObject(Encoding.UTF8.GetBytes(payload));
        return document?.RootElement.String("team", "id") ?? document?.RootElement.String("user", "team_id");
    }
}
