using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("start", "start", "")]
    [InlineData(" Restart. ", "restart", "")]
    [InlineData("start over", "restart", "")]
    [InlineData("/help", "help", "")]
    [InlineData("quick: launch in 6 weeks, budget 40k", "quick", "launch in 6 weeks, budget 40k")]
    [InlineData("Quick launch in 6 weeks", "quick", "launch in 6 weeks")]
    [InlineData("adjust budget 80k", "adjust", "budget 80k")]
    [InlineData("change deadline to 6 weeks", "adjust", "deadline to 6 weeks")]
    [InlineData("stop", "cancel", "")]
    public void Parse_Command_ReturnsNameAndArgument(string text, string name, string argument)
    {
        // Act
        var command = CommandParser.Parse(text);

        // Assert
        Assert.Equal(new TypedCommand(name, argument), command);
    }

    [Theory]
    [InlineData("back office tickets")]
    [InlineData("skip the small talk, we need RAG")]
    [InlineData("6 weeks")]
    [InlineData("")]
    public void Parse_AnswerText_IsNotACommand(string text)
    {
        // Act
        var command = CommandParser.Parse(text);

        // Assert
        Assert.Null(command);
    }
}
