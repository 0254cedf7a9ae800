using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>No value can become a link, a mention or a broadcast: &amp;, &lt; and &gt; are escaped in every mrkdwn text.</summary>
public sealed partial class EscapingTests
{
    public static TheoryData<string> HostileCards => ["edge-recommendation-hostile", "edge-question-hostile", "edge-history-many", "edge-comparison-hostile", "edge-text-notice-hostile", "edge-assumptions-many"];

    [Theory]
    [MemberData(nameof(HostileCards))]
    public void Render_HostileText_EveryAngleBracketInMrkdwnIsOurOwnReportLink(string name)
    {
        var message = Renderers.Create().Render(EdgeCards.All[name]);

        var mrkdwn = MrkdwnTexts(message.Blocks).ToList();

        Assert.NotEmpty(mrkdwn);
        Assert.All(mrkdwn, text =>
        {
            var withoutOurLinks = OurLink().Replace(text, string.Empty);
            Assert.DoesNotContain("<", withoutOurLinks, StringComparison.Ordinal);
            Assert.DoesNotContain(">", withoutOurLinks, StringComparison.Ordinal);
            Assert.DoesNotMatch("&(?!amp;|lt;|gt;)", withoutOurLinks);
        });
        Assert.Contains(mrkdwn, t => t.Contains("&lt;!channel&gt;", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HostileCards))]
    public void Render_HostileText_FallbackIsEscapedToo(string name)
    {
        var text = Renderers.Create().Render(EdgeCards.All[name]).Text;

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("&(?!amp;|lt;|gt;)", text);
    }

    [Fact]
    public void Render_HostileHistoryName_LinkLabelCannotCloseTheLink()
    {
        var all = RecommendationBlocksTests.AllText(Renderers.Create().Render(EdgeCards.All["edge-history-many"]));

        Assert.Contains($"<{Renderers.BaseUrl}/r/id0|&lt;!channel&gt; &lt;@U0BOSS&gt; &amp; &lt;https://evil.example/x|click me&gt;", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!here>", "&lt;!here&gt;")]
    [InlineData("<https://x.example|y>", "&lt;https://x.example|y&gt;")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_ControlCharacters_AreEntities(string? text, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(text));
    }

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdefghijkl", 10, "abcdefghi…")]
    [InlineData("abcdef&amp;ghij", 10, "abcdef…")]
    [InlineData("abcdefg&lt;hij", 10, "abcdefg…")]
    [InlineData("abcdefgh😀ij", 10, "abcdefgh…")]
    [InlineData("abcd   efghijkl", 8, "abcd…")]
    public void Fit_OverLimit_CutsWithEllipsisNeverInsideAnEscapeOrAPair(string text, int max, string expected)
    {
        var fitted = Mrkdwn.Fit(text, max);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= max);
    }

    [Fact]
    public void Fit_ManyLengths_NeverOverAndNeverSplitsAPair()
    {
        var text = Mrkdwn.Escape(EdgeCards.Long(400) + EdgeCards.Hostile);

        for (var max = 2; max < text.Length + 2; max++)
        {
            var fitted = Mrkdwn.Fit(text, max);
            Assert.True(fitted.Length <= max, $"{fitted.Length} > {max}");
            Assert.False(fitted.Length > 1 && char.IsHighSurrogate(fitted[^2]) && fitted[^1] == '…', $"split pair at {max}");
            Assert.DoesNotMatch("&[a-z]{0,3}…$", fitted);
        }
    }

    private static IEnumerable<string> MrkdwnTexts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "mrkdwn" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => MrkdwnTexts(p.Value)),
        JsonArray a => a.SelectMany(MrkdwnTexts),
        _ => [],
    };

    [GeneratedRegex(@"<https://bot\.example\.com/r/[a-z0-9]+\|[^<>]*>")]
    private static partial Regex OurLink();
}
