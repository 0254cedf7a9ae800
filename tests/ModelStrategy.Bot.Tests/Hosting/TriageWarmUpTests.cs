using Microsoft.Extensions.Logging;
using ModelStrategy.Bot.Hosting;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Bot.Tests.Hosting;

/// <summary>
/// The quick-triage warm-up that the first healthy /readyz starts: starting it again is harmless, and the
/// hosted service reports the parser ready with what it understood of the warm-up text.
/// </summary>
public sealed class TriageWarmUpTests
{
    [Fact]
    public async Task StartedTwice_TheHostedServiceLogsTheParserReadyWithWhatTheSampleStates()
    {
        // Arrange
        var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(capture));
        using var service = new TriageWarmUp(TimeProvider.System, loggers.CreateLogger<TriageWarmUp>());
        var expected = TriageParser.Parse(TriageWarmUp.Sample).Understood.Count;

        // Act
        TriageWarmUp.Start();
        TriageWarmUp.Start();
        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));

        // Assert
        Assert.True(expected >= 5, $"the warm-up text should state several constraints; the parser understood {expected}");
        var entry = Assert.Single(capture.Entries, e => e.Category == typeof(TriageWarmUp).FullName);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal($"Quick-triage parser ready ({expected} fields understood in the warm-up text)", entry.Message);
    }
}
