namespace ModelStrategy.Bot.Reports.Html;

/// <summary>
/// What an unknown, expired or malformed report address answers: the same page for all three, and nothing from the request.
/// </summary>
internal static class NotFoundPage
{
    public static string Html { get; } = Build();

    public const string Markdown = "# Report not found\n\nNo recommendation is stored under this address. Check the link; reports are kept for a limited time (90 days unless your administrator changed it), so an old link may have expired. Ask the bot again for a fresh one.\n";

    private static string Build()
    {
        var html = new Markup();
        html.Line().Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en")).Line();
        html.Open("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Empty("meta", ("name", "robots"), ("content", "noindex, nofollow"));
        html.Leaf("title", "Report not found");
        html.Style(ReportStyles.Css);
        html.Close().Line();
        html.Open("body").Open("main");
        html.Leaf("h1", "Report not found");
        html.Leaf("p", "No recommendation is stored under this address. Check the link; reports are kept for a limited time (90 days unless your administrator changed it), so an old link may have expired. Ask the bot again for a fresh one.");
        html.Close().Close().Line().Close().Line();
        return "<!DOCTYPE html>" + html;
    }
}
