using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Core.Throttling;

namespace ModelStrategy.Core.Tests.Throttling;

public sealed class ThrottleNoticesTests
{
    [Fact]
    public void TryClaim_SameConversationWithinTheWindow_OnlyTheFirstGetsANotice()
    {
        var notices = new ThrottleNotices(new FakeTimeProvider());

        var claims = Enumerable.Range(0, 5).Select(_ => notices.TryClaim("a:flood")).ToList();

        Assert.Equal([true, false, false, false, false], claims);
    }

    [Fact]
    public void TryClaim_AfterTheWindow_TheConversationGetsAnotherNotice()
    {
        var clock = new FakeTimeProvider();
        var notices = new ThrottleNotices(clock);
        notices.TryClaim("a:flood");

        clock.Advance(ThrottleNotices.Window - TimeSpan.FromSeconds(1));
        var justBefore = notices.TryClaim("a:flood");
        clock.Advance(TimeSpan.FromSeconds(1));
        var atTheEnd = notices.TryClaim("a:flood");

        Assert.False(justBefore);
        Assert.True(atTheEnd);
    }

    [Fact]
    public void TryClaim_OtherConversations_EachGetTheirOwnNotice()
    {
        var notices = new ThrottleNotices(new FakeTimeProvider());

        Assert.True(notices.TryClaim("a:one"));
        Assert.True(notices.TryClaim("a:two"));
        Assert.False(notices.TryClaim("a:one"));
    }

    [Fact]
    public void TryClaim_WhenFullOfLiveConversations_StaysSilent_UntilTheirWindowsEnd()
    {
        var clock = new FakeTimeProvider();
        var notices = new ThrottleNotices(clock);
        for (var i = 0; i < ThrottleNotices.MaxConversations; i++)
        {
            notices.TryClaim("a:" + i);
        }

        var whileFull = notices.TryClaim("a:new");
        clock.Advance(ThrottleNotices.Window);
        var afterPrune = notices.TryClaim("a:new");

        Assert.False(whileFull);
        Assert.True(afterPrune);
    }
}
