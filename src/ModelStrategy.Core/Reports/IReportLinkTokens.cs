namespace ModelStrategy.Core.Reports;

/// <summary>
/// Port: what a report link carries besides its path, so that whoever holds the link may open the report without
/// signing in (when the host hands out such links); the host implements it.
/// </summary>
public interface IReportLinkTokens
{
    /// <summary>The query to append to a report's path, e.g. "?k=…", or empty when readers sign in instead.</summary>
    string Query(string recommendationId);
}
