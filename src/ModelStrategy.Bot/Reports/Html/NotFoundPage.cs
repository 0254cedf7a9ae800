namespace ModelStrategy.Bot.Reports.Html;

/// <summary>
/// What an unknown, expired or malformed report address answers: the same page for all three, and nothing from the request.
/// </summary>
internal static class NotFoundPage
{
    public const string Text = "No recommendation is stored under this address. Check the link; reports are kept for a limited time (90 days unless your administrator changed it), so an old link may have expired. Ask the bot again for a fresh one.";

    public static string Html { get; } = MessagePage.Build("Report not found", Text);

    public const string Markdown = "# Report not found\n\n" + Text + "\n";
}
