namespace ModelStrategy.Core.Reports;

/// <summary>Where a stored recommendation's full report lives, relative to the host's public base URL.</summary>
public static class ReportPaths
{
    /// <summary>The prefix of every report address.</summary>
    public const string Prefix = "/r/";

    /// <summary>What turns a report's address into its Markdown version's.</summary>
    public const string MarkdownSuffix = ".md";

    /// <summary>The HTML report of a recommendation, e.g. "/r/abc…".</summary>
    public static string Page(string recommendationId) => Prefix + recommendationId;

    /// <summary>The same report as Markdown, e.g. "/r/abc….md".</summary>
    public static string Markdown(string recommendationId) => Page(recommendationId) + MarkdownSuffix;
}
