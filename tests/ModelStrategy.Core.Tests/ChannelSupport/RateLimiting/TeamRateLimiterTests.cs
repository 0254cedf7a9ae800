using Microsoft.Extensions.Options;
using ModelStrategy.Core.ChannelSupport.RateLimiting;

namespace ModelStrategy.Core.Tests.ChannelSupport.RateLimiting;

public sealed class TeamRateLimiterTests
{
    // One permit a minute: nothing refills while a test runs, so the outcomes depend on counts only.
    private static TeamRateLimiter Limiter(int burst, bool enabled = true) =>
        new(Options.Create(new RateLimitOptions { Enabled = enabled, TeamBurst = burst, TeamPermitsPerMinute = 1 }));

    [Fact]
    public void TryAcquire_BeyondTheBurst_IsRefusedWithARetryAfter()
    {
        using var limiter = Limiter(burst: 3);

        var decisions = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("slack", "T1")).ToList();

        Assert.All(decisions.Take(3), d => Assert.True(d.Allowed));
        Assert.False(decisions[3].Allowed);
        Assert.InRange(decisions[3].RetryAfterSeconds, 1, 60);
    }

    [Fact]
    public void TryAcquire_OneTeamOverItsBudget_LeavesOtherTeamsAndTheOtherChannelAlone()
    {
        using var limiter = Limiter(burst: 1);
        limiter.TryAcquire("slack", "T1");

        var sameTeam = limiter.TryAcquire("slack", "T1");
        var otherTeam = limiter.TryAcquire("slack", "T2");
        var otherChannel = limiter.TryAcquire("teams", "T1");

        Assert.False(sameTeam.Allowed);
        Assert.True(otherTeam.Allowed);
        Assert.True(otherChannel.Allowed);
    }

    [Fact]
    public void TryAcquire_WithoutATeamId_SharesOneBudgetPerChannel()
    {
        using var limiter = Limiter(burst: 1);

        var first = limiter.TryAcquire("teams", null);
        var second = limiter.TryAcquire("teams", string.Empty);

        Assert.True(first.Allowed);
        Assert.False(second.Allowed);
    }

    [Fact]
    public void TryAcquire_WhenDisabled_AlwaysAllows()
    {
        using var limiter = Limiter(burst: 1, enabled: false);

        var decisions = Enumerable.Range(0, 50).Select(_ => limiter.TryAcquire("slack", "T1"));

        Assert.All(decisions, d => Assert.True(d.Allowed));
    }

    [Fact]
    public void Validator_Defaults_Succeed()
    {
        var result = new RateLimitOptionsValidator().Validate(null, new RateLimitOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validator_ZeroRateAndZeroBurst_FailNamingBoth()
    {
        var options = new RateLimitOptions { TeamPermitsPerMinute = 0, ApiBurst = 0 };

        var result = new RateLimitOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("TeamPermitsPerMinute", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ApiBurst", result.FailureMessage, StringComparison.Ordinal);
    }
}
