using ModelStrategy.Bot.Reports.Html;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>The pages of a report that may not be shown: to a member of another team, or through an expired link.</summary>
internal static class AccessPages
{
    public const string NotAMemberText = "This report belongs to another team. You are signed in, but not as a member of the organisation or workspace it was made in. Sign out and sign in with an account there, or ask the bot in your own team.";

    public const string ExpiredText = "This report link has expired: links open their report for a limited time, so an old one stops working even if it was passed on. Ask the bot for history in the chat where it was made, for a fresh link.";

    public static string NotAMemberHtml { get; } = MessagePage.Build("Not your team's report", NotAMemberText, ("Sign out", ReportSignIn.SignOutPath));

    public static string ExpiredHtml { get; } = MessagePage.Build("Report link expired", ExpiredText);

    public static string Markdown(string title, string text) => $"# {title}\n\n{text}\n";
}
