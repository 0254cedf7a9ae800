using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Interactions;

public sealed class ModalOriginTests
{
    [Fact]
    public void ToMetadata_RoundTrips()
    {
        var origin = new ModalOrigin("C123ABC456", "U061F7AUR", "https://hooks.slack.com/commands/T1/397700885554/96rGlfmibIGlgcZRskXaIFfN");

        Assert.Equal(origin, ModalOrigin.FromMetadata(origin.ToMetadata()));
    }

    [Fact]
    public void ToMetadata_ResponseUrlTooLong_LeftOutToStayWithinSlacksLimit()
    {
        var origin = new ModalOrigin("C1", "U1", "https://hooks.slack.com/" + new string('x', BlockKitLimits.PrivateMetadata));

        var metadata = origin.ToMetadata();

        Assert.True(metadata.Length <= BlockKitLimits.PrivateMetadata);
        Assert.Equal(origin with { ResponseUrl = null }, ModalOrigin.FromMetadata(metadata));
    }

    [Fact]
    public void ToMetadata_ChannelAndUserAloneOverTheLimit_ReturnsWithoutRecursingForever()
    {
        // Found by the endpoint fuzz (a command with a huge channel_id overflowed the stack): once the response_url is
        // left out there is nothing more to drop, so the (too long) metadata is returned and the ids are refused upstream.
        var origin = new ModalOrigin(new string('C', BlockKitLimits.PrivateMetadata), "U1", "https://hooks.slack.com/commands/T1/1/x");

        var metadata = origin.ToMetadata();

        Assert.DoesNotContain("hooks.slack.com", metadata, StringComparison.Ordinal);
        Assert.True(metadata.Length > BlockKitLimits.PrivateMetadata);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"c\":\"C1\"}")]
    [InlineData("{\"c\":1,\"u\":\"U1\"}")]
    public void FromMetadata_NotOurs_Null(string? metadata)
    {
        Assert.Null(ModalOrigin.FromMetadata(metadata));
    }
}
