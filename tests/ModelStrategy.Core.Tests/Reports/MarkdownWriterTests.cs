using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Reports;

public sealed class MarkdownWriterTests
{
    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("*bold* _em_ `code` ~strike~", @"\*bold\* \_em\_ \`code\` \~strike\~")]
    [InlineData("[x](javascript:alert(1))", @"\[x\](javascript:alert(1))")]
    [InlineData("$33k–$143k", @"\$33k–\$143k")]
    [InlineData("R&D &amp;", @"R\&D \&amp;")]
    [InlineData("back\\slash", @"back\\slash")]
    [InlineData("line\nbreak\r\nand\ttab", "line break  and tab")]
    [InlineData("ctrl\u0001char", "ctrlchar")]
    public void Inline_MarkupCharacters_AreEscapedAndKeptOnOneLine(string text, string expected)
    {
        Assert.Equal(expected, MarkdownWriter.Inline(text));
    }

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("12) item", @"12\) item")]
    [InlineData("===", @"\===")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("6.5 weeks", "6.5 weeks")]
    [InlineData("+50 ladder", "+50 ladder")]
    [InlineData("−15 budget", "−15 budget")]
    public void Inline_TextThatWouldStartABlock_IsEscapedOnlyThen(string text, string expected)
    {
        Assert.Equal(expected, MarkdownWriter.Inline(text));
    }

    [Fact]
    public void Table_CellsWithPipes_KeepTheirColumns()
    {
        var md = new MarkdownWriter().Table(["a", "b"], [["x | y", "z"]]).ToString();

        var lines = md.TrimEnd('\n').Split('\n');

        Assert.Equal(["| a | b |", "| --- | --- |", @"| x \| y | z |"], lines);
    }

    [Theory]
    [InlineData("https://bot.example.com/r/abc", "[Full report](<https://bot.example.com/r/abc>)")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/r/abc", null)]
    public void Link_OnlyAbsoluteHttp_IsLinked(string url, string? expected)
    {
        var md = new MarkdownWriter().Link("Full report", url).ToString().Trim();

        Assert.Equal(expected ?? string.Empty, md);
    }
}
