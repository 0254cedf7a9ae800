using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

/// <summary>
/// The fixture every store contract shares: fresh store instances over one provider's data for each test, disposed
/// with the provider afterwards.
/// </summary>
public abstract class StoreContract(StoreProvider provider) : IAsyncLifetime
{
    /// <summary>The instant the contract's calls are made at (the stores' fake clocks start there too).</summary>
    protected static readonly DateTimeOffset Now = TestClock.Start;

    /// <summary>The provider under test; <see cref="StoreProvider.Open"/> gives more instances over the same data.</summary>
    protected StoreProvider Provider => provider;

    /// <summary>The stores the test talks to; a test may reopen it (as after a restart).</summary>
    protected StoreScope Scope { get; set; } = null!;

    public Task InitializeAsync()
    {
        Scope = provider.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
