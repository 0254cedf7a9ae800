using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Core.Tests.ChannelSupport.RateLimiting;

public sealed class RateLimitNoticesTests
{
    [Fact]
    public void TryClaim_SameConversationWithinTheWindow_OnlyTheFirstGetsANotice()
    {
        var notices = new RateLimitNotices(new FakeTimeProvider());

        var claims = Enumerable.Range(0, 5).Select(_ => notices.TryClaim("a:flood")).ToList();

        Assert.Equal([true, false, false, false, false], claims);
    }

    [Fact]
    public void TryClaim_AfterTheWindow_TheConversationGetsAnotherNotice()
    {
        var clock = new FakeTimeProvider();
        var notices = new RateLimitNotices(clock);
        notices.TryClaim("a:flood");

        clock.Advance(RateLimitNotices.Window - TimeSpan.FromSeconds(1));
        var justBefore = notices.TryClaim("a:flood");
        clock.Advance(TimeSpan.FromSeconds(1));
        var atTheEnd = notices.TryClaim("a:flood");

        Assert.False(justBefore);
        Assert.True(atTheEnd);
    }

    [Fact]
    public void TryClaim_OtherConversations_EachGetTheirOwnNotice()
    {
        var notices = new RateLimitNotices(new FakeTimeProvider());

        Assert.True(notices.TryClaim("a:one"));
        Assert.True(notices.TryClaim("a:two"));
        Assert.False(notices.TryClaim("a:one"));
    }

    [Fact]
    public void TryClaim_WhenFullOfLiveConversations_StaysSilent_UntilTheirWindowsEnd()
    {
        var clock = new FakeTimeProvider();
        var notices = new RateLimitNotices(clock);
        for (var i = 0; i < RateLimitNotices.MaxConversations; i++)
        {
            notices.TryClaim("a:" + i);
        }

        var whileFull = notices.TryClaim("a:new");
        clock.Advance(RateLimitNotices.Window);
        var afterPrune = notices.TryClaim("a:new");

        Assert.False(whileFull);
        Assert.True(afterPrune);
    }
}
