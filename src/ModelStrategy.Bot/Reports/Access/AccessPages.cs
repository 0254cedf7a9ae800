using ModelStrategy.Bot.Reports.Html;

namespace ModelStrategy.Bot.Reports.Access;

/// <summary>The pages of a report that may not be shown: to a member of another team, or through an expired link.</summary>
internal static class AccessPages
{
    public const string NotAMemberText = "This report belongs to another team. You are signed in, but not as a member of the organisation or workspace it was made in. Sign out and sign in with an account there, or ask the bot in your own team.";

    public const string ExpiredText = "This report link has expired: links open their report for a limited time, so an old one stops working even if it was passed on. Ask the bot for history in the chat where it was made, for a fresh link.";

    public static string NotAMemberHtml { get; } = Page("Not your team's report", NotAMemberText, signOut: true);

    public static string ExpiredHtml { get; } = Page("Report link expired", ExpiredText, signOut: false);

    public static string Markdown(string title, string text) => $"# {title}\n\n{text}\n";

    private static string Page(string title, string text, bool signOut)
    {
        var html = new Markup();
        html.Line().Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en")).Line();
        html.Open("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Empty("meta", ("name", "robots"), ("content", "noindex, nofollow"));
        html.Leaf("title", title);
        html.Style(ReportStyles.Css);
        html.Close().Line();
        html.Open("body").Open("main");
        html.Leaf("h1", title);
        html.Leaf("p", text);
        if (signOut)
        {
            html.Open("p").Leaf("a", "Sign out", ("href", ReportSignIn.SignOutPath)).Close();
        }

        html.Close().Close().Line().Close().Line();
        return "<!DOCTYPE html>" + html;
    }
}
