using System.Diagnostics;
using System.Globalization;
using ModelStrategy.Bot.Hosting;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Bot.Tests.Hosting;

/// <summary>
/// What this process may conclude about another inbox owner from the proc file system (Linux, as the host runs in CI
/// and in its container): a process on this machine that has exited, or whose pid now belongs to a later process, has
/// ended; a live one, this process's other instances and owners it cannot see have not.
/// </summary>
public sealed class ProcessInboxOwnerTests
{
    private readonly ProcessInboxOwner _me = new();

    [Fact]
    [Trait("Tier", "External")]
    public async Task AnotherProcessOnThisMachine_HasEndedOnlyOnceItExited()
    {
        // Arrange
        using var child = Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false })!;
        var childOwner = new ProcessInboxOwner("/proc", child.Id).Id;

        // Act
        var whileRunning = _me.HasEnded(childOwner);
        child.Kill();
        await child.WaitForExitAsync();
        var afterExit = _me.HasEnded(childOwner);

        // Assert
        Assert.Equal((false, true), (whileRunning, afterExit));
    }

    [Fact]
    public void AnotherInstanceInThisProcess_HasNotEnded()
    {
        var sibling = new ProcessInboxOwner();

        Assert.NotEqual(_me.Id, sibling.Id);
        Assert.Equal((false, false), (_me.HasEnded(sibling.Id), sibling.HasEnded(_me.Id)));
    }

    [Fact]
    public void ItsPidNowRunningAProcessStartedAtAnotherTime_HasEnded()
    {
        // machine/boot/pid-namespace/pid/start/nonce: this process's pid with another start time
        var parts = _me.Id.Split('/');
        Assert.Equal(6, parts.Length);
        parts[4] = (long.Parse(parts[4], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

        Assert.True(_me.HasEnded(string.Join('/', parts)));
    }

    [Fact]
    public void OwnersItCannotSee_HaveNotEnded()
    {
        var parts = _me.Id.Split('/');
        string[] unknown =
        [
            new UniqueInboxOwner().Id,
            string.Join('/', ["another-machine", .. parts[1..]]),
            string.Join('/', [parts[0], Guid.NewGuid().ToString(), .. parts[2..]]),
            string.Join('/', [.. parts[..2], parts[2] + "1", .. parts[3..]]),
            string.Join('/', parts[..5]),
            "not an owner name",
            string.Empty,
        ];

        Assert.All(unknown, owner => Assert.False(_me.HasEnded(owner), owner));
    }
}
