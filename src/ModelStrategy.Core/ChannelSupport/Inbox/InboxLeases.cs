namespace ModelStrategy.Core.ChannelSupport.Inbox;

/// <summary>
/// Keeps an instance's inbox leases short, so that work whose instance died is taken over within seconds: the leases
/// of the items the instance holds (queued or running) are renewed every <see cref="RenewalsPerLease"/>th of a lease,
/// and at start-up the leases of owners known to have ended (this machine's previous process) are ended at once.
/// </summary>
public sealed class InboxLeases(IInbox inbox, IInboxOwner owner, TimeProvider time)
{
    /// <summary>How many renewals fall within one lease: two may be missed (a stalled store, a busy machine) before it runs out.</summary>
    public const int RenewalsPerLease = 3;

    /// <summary>This instance's owner name.</summary>
    public string Owner => owner.Id;

    /// <summary>Ends the leases of every owner known to have ended, so that their items are due now.</summary>
    /// <returns>How many leases were ended.</returns>
    public async Task<int> ReleaseEndedOwnersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var released = 0;
        foreach (var other in await inbox.OwnersAsync(now, cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(other, owner.Id, StringComparison.Ordinal) && owner.HasEnded(other))
            {
                released += await inbox.ReleaseOwnerAsync(other, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return released;
    }

    /// <summary>
    /// Until cancelled, renews the leases of <paramref name="held"/> (read afresh each time) to <paramref name="lease"/>
    /// from now, every <paramref name="lease"/> / <see cref="RenewalsPerLease"/>. A failed renewal is reported to
    /// <paramref name="failed"/> and tried again at the next turn.
    /// </summary>
    public async Task KeepAsync(TimeSpan lease, Func<IReadOnlyCollection<string>> held, Action<Exception> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(failed);
        var every = lease / RenewalsPerLease;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, cancellationToken).ConfigureAwait(false);
                var keys = held();
                if (keys.Count > 0)
                {
                    await inbox.RenewAsync(owner.Id, keys, time.GetUtcNow() + lease, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The store may be down for a while; renewing goes on and the caller logs it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed(ex);
            }
        }
    }
}
