namespace ModelStrategy.Storage.Tests.TestSupport;

/// <summary>The instant the stores' fake clocks start at; sample recommendations are made shortly before it.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
}
