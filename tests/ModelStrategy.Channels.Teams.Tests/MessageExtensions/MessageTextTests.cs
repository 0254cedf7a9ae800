using ModelStrategy.Channels.Teams.MessageExtensions;

namespace ModelStrategy.Channels.Teams.Tests.MessageExtensions;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("<p>launch in <b>6 weeks</b></p>", "launch in 6 weeks")]
    [InlineData("<div>300 labeled tickets</div><div>budget 40k</div>", "300 labeled tickets\nbudget 40k")]
    [InlineData("one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour")]
    [InlineData("<p>PII &amp; secrets &lt;b&gt; &quot;quoted&quot; &#39;single&#39; &nbsp;x</p>", "PII & secrets <b> \"quoted\" 'single' x")]
    [InlineData("<at id=\"0\">ModelStrategy</at> budget 40k", "ModelStrategy budget 40k")]
    [InlineData("<p>before</p><script type=\"text/javascript\">alert('budget 1M')</script><style>p{color:red}</style><p>after</p>", "before\nafter")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\ntwo")]
    [InlineData("   <p>  spaced \t out  </p>  ", "spaced out")]
    [InlineData("<p></p>", "")]
    [InlineData("a < b and c > d", "a d")]
    public void Plain_Html_TextAsAReaderSeesIt(string html, string expected)
    {
        Assert.Equal(expected, MessageText.Plain(html, "html"));
    }

    [Theory]
    [InlineData("<b>not a tag here</b> &amp;", "text", "<b>not a tag here</b> &amp;")]
    [InlineData("two\r\nlines", null, "two\nlines")]
    [InlineData(null, "html", "")]
    [InlineData("", "html", "")]
    public void Plain_TextOrNothing_KeptAsWritten(string? content, string? type, string expected)
    {
        Assert.Equal(expected, MessageText.Plain(content, type));
    }

    [Fact]
    public void Plain_LargeBodyOfUnclosedTags_Finishes()
    {
        var hostile = string.Concat(Enumerable.Repeat("<script><p", 20_000)) + "budget 40k";

        var text = MessageText.Plain(hostile, "html");

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
