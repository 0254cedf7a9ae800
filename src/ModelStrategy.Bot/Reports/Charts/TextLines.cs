namespace ModelStrategy.Bot.Reports.Charts;

/// <summary>Breaks a label into lines at spaces so it fits a chart's label column; what does not fit ends in "…".</summary>
internal static class TextLines
{
    public static IReadOnlyList<string> Wrap(string text, int maxChars, int maxLines)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            if (rest.Length <= maxChars)
            {
                lines.Add(rest);
                return lines;
            }

            var cut = rest.LastIndexOf(' ', maxChars);
            if (lines.Count == maxLines - 1 || cut <= 0)
            {
                var end = cut > maxChars / 2 ? cut : maxChars - 1;
                lines.Add(rest[..end].TrimEnd(' ', ',', ';', '(') + "…");
                return lines;
            }

            lines.Add(rest[..cut]);
            rest = rest[(cut + 1)..].TrimStart();
        }

        return lines;
    }
}
