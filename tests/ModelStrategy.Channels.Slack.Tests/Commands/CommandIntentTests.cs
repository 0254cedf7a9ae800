using ModelStrategy.Channels.Slack.Commands;

namespace ModelStrategy.Channels.Slack.Tests.Commands;

public sealed class CommandIntentTests
{
    [Theory]
    [InlineData("", "Form", "")]
    [InlineData("  ", "Form", "")]
    [InlineData("start", "Form", "")]
    [InlineData("Form", "Form", "")]
    [InlineData("help", "Help", "")]
    [InlineData("?", "Help", "")]
    [InlineData("quick", "Quick", "")]
    [InlineData("quick launch in 6 weeks", "Quick", "launch in 6 weeks")]
    [InlineData("QUICK: budget 40k", "Quick", "budget 40k")]
    [InlineData("quick,  300 labeled tickets ", "Quick", "300 labeled tickets")]
    [InlineData("300 labeled tickets, budget 40k", "Quick", "300 labeled tickets, budget 40k")]
    [InlineData("quickly please", "Help", "quickly please")]
    [InlineData("banana", "Help", "banana")]
    public void Parse_Text_KindAndText(string text, string kind, string rest)
    {
        var intent = CommandIntent.Parse(text);

        Assert.Equal(kind, intent.Kind.ToString());
        Assert.Equal(rest, intent.Text);
    }
}
