using System.Xml.Linq;
using ModelStrategy.Bot.Reports.Charts;
using ModelStrategy.Bot.Reports.Html;
using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.Reports;

public sealed class MarkupTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"quoted\" & 'single' ]]> <!-- -->")]
    [InlineData("bell \u0007 null \0 form feed \f")]
    [InlineData("lone surrogate \uD800 end")]
    [InlineData("emoji 🚀 and – dashes")]
    public void Leaf_AnyText_ParsesBackAsTheSameText(string text)
    {
        var html = new Markup().Open("p", ("title", text)).Text(text).Close().ToString();

        var p = ReportClient.Parse(html).Root!;

        var expected = Markup.XmlSafe(text).Replace('\uD800', '\uFFFD');
        Assert.Equal(expected, p.Value);
        Assert.Equal(expected, (string?)p.Attribute("title"));
        Assert.Empty(p.Elements());
    }

    [Fact]
    public void ToString_UnclosedElement_Throws()
    {
        var markup = new Markup().Open("div").Open("p");

        Assert.Throws<InvalidOperationException>(markup.ToString);
    }

    [Fact]
    public void Style_WithMarkupCharacters_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Markup().Style("a{}</style><script>"));
    }

    [Fact]
    public void Empty_NullAttribute_IsLeftOut()
    {
        var html = new Markup().Empty("rect", ("x", "1"), ("class", null)).ToString();

        Assert.Equal("<rect x=\"1\" />", html);
        Assert.Null(XElement.Parse(html).Attribute("class"));
    }

    [Theory]
    [InlineData("Data access and approvals", 32, new[] { "Data access and approvals" })]
    [InlineData("Data pipeline, tokenizer and licensing (cluster procured meanwhile)", 32, new[] { "Data pipeline, tokenizer and", "licensing (cluster procured…" })]
    [InlineData("Supercalifragilisticexpialidocious", 10, new[] { "Supercali…" })]
    public void Wrap_LongLabel_TwoLinesAtSpacesThenEllipsis(string text, int width, string[] expected)
    {
        var lines = TextLines.Wrap(text, width, maxLines: 2);

        Assert.Equal(expected, lines);
        Assert.All(lines, l => Assert.InRange(l.Length, 1, width));
    }
}
