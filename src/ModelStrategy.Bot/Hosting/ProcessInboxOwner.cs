using System.Globalization;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Bot.Hosting;

/// <summary>
/// This process as an inbox owner. On Linux its name says where it runs and which process it is
/// ("machine/boot/pid-namespace/pid/start-time/nonce"), so that a later process on the same machine (a restart) can
/// see that an owner's process has ended (its pid is gone, a zombie, or reused by a process started at another time)
/// and take its leased work over at once instead of waiting for the leases to run out. Elsewhere, and for owners on
/// other machines or in other containers, nothing is known: <see cref="HasEnded"/> is false and the leases run out.
/// </summary>
internal sealed class ProcessInboxOwner : IInboxOwner
{
    private readonly string _proc;
    private readonly string? _place;

    public ProcessInboxOwner()
        : this("/proc", Environment.ProcessId)
    {
    }

    /// <summary>An owner for process <paramref name="pid"/> read from the proc file system at <paramref name="proc"/>.</summary>
    internal ProcessInboxOwner(string proc, int pid)
    {
        _proc = proc;
        _place = Place(proc);
        var start = StartTime(pid);
        var nonce = Guid.NewGuid().ToString("N")[..12];
        Id = _place is not null && start is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{_place}/{pid}/{start}/{nonce}")
            : $"{Environment.MachineName}/{Guid.NewGuid():N}";
    }

    public string Id { get; }

    public bool HasEnded(string owner)
    {
        if (_place is null || !owner.StartsWith(_place + "/", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = owner[(_place.Length + 1)..].Split('/');
        if (rest.Length != 3 || !int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || rest[1].Length == 0)
        {
            return false;
        }

        return StartTime(pid) is not { } start || !string.Equals(start, rest[1], StringComparison.Ordinal);
    }

    /// <summary>"machine/boot id/pid namespace": what two processes share when one can see the other's pid.</summary>
    private static string? Place(string proc)
    {
        try
        {
            var boot = File.ReadAllText(Path.Combine(proc, "sys", "kernel", "random", "boot_id")).Trim();
            var ns = new FileInfo(Path.Combine(proc, "self", "ns", "pid")).LinkTarget;
            var digits = ns is null ? string.Empty : new string([.. ns.Where(char.IsAsciiDigit)]);
            return boot.Length > 0 && digits.Length > 0 && !Environment.MachineName.Contains('/', StringComparison.Ordinal)
                ? $"{Environment.MachineName}/{boot}/{digits}"
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The start time (clock ticks since boot) of a running process, or null when it is gone or a zombie.</summary>
    private string? StartTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText(Path.Combine(_proc, pid.ToString(CultureInfo.InvariantCulture), "stat"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }

        // "pid (comm) state ppid … starttime …": comm may hold spaces and parentheses, so read after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const int State = 0, StartTimeField = 19; // fields 3 and 22 of proc(5)
        return fields.Length > StartTimeField && fields[State] is not ("Z" or "X") ? fields[StartTimeField] : null;
    }
}
