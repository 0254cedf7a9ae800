using ModelStrategy.Channels.Slack.Inbound;

namespace ModelStrategy.Channels.Slack.Tests.Inbound;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U0LAN0Z89> start", "start")]
    [InlineData("<@U0LAN0Z89|modelstrategy> quick budget 40k", "quick budget 40k")]
    [InlineData("hey <@U0LAN0Z89>   6 weeks", "hey 6 weeks")]
    [InlineData("under &lt;200 ms &amp; &gt;1k requests", "under <200 ms & >1k requests")]
    [InlineData("&amp;lt; stays literal", "&lt; stays literal")]
    [InlineData("<@U0LAN0Z89>", "")]
    [InlineData(null, "")]
    public void Typed_SlackFormattedText_WhatTheUserTyped(string? text, string typed)
    {
        Assert.Equal(typed, SlackText.Typed(text));
    }
}
