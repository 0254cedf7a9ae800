namespace ModelStrategy.Bot.Reports.Html;

/// <summary>A page that says one thing instead of a report (not found, not yours, expired), in the report's style.</summary>
internal static class MessagePage
{
    /// <summary>The page: <paramref name="title"/> as its heading, <paramref name="text"/>, and an optional link below.</summary>
    public static string Build(string title, string text, (string Label, string Href)? link = null)
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
        if (link is { } shown)
        {
            html.Open("p").Leaf("a", shown.Label, ("href", shown.Href)).Close();
        }

        html.Close().Close().Line().Close().Line();
        return "<!DOCTYPE html>" + html;
    }
}
