using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Bot.Tests.TestSupport;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Tests.Pricing;

public sealed class PriceFileSourceTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private readonly PriceFiles.TempFolder _folder = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Load_NoFileConfigured_UsesTheBuiltInBook()
    {
        var source = Source(file: null);

        source.Load();

        Assert.Same(PriceBook.BuiltIn, source.Current);
        Assert.Equal(PriceReload.Unchanged, source.Reload());
        Assert.Contains(_logs.Messages, m => m.StartsWith("Prices: built-in book 2026-11", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ValidFile_PutsItsBookInForce()
    {
        var source = Source(_folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9)));

        source.Load();

        Assert.Equal("2026-12", source.Current.Version);
        Assert.Equal(9, source.Current.GpuHour(Gpus.H100).Value);
        Assert.Contains(_logs.Messages, m => m.Contains("loaded from", StringComparison.Ordinal) && m.Contains("3 price(s) differ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("version: \"2026-12\"\nasOf: 2026-11-30\ngpu.h100.onDemand:\n  value: 0\n", "gpu.h100.onDemand.value: must be more than 0")]
    [InlineData(null, "file: not found")]
    public void Load_BadOrMissingFile_FailsStartUpNamingTheProblem(string? text, string expected)
    {
        var path = text is null ? Path.Combine(_folder.Root, "missing.yaml") : _folder.Write("prices.yaml", text);
        var source = Source(path);

        var error = Assert.Throws<InvalidOperationException>(source.Load);

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_ValidEdit_PutsTheNewBookInForce()
    {
        var path = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9, version: "2026-12"));
        var source = Source(path);
        source.Load();

        File.WriteAllText(path, PriceFiles.DearGpus(h100: 12, version: "2026-12b"));
        var reload = source.Reload();

        Assert.Equal(PriceReload.Loaded, reload);
        Assert.Equal(("2026-12b", 12.0), (source.Current.Version, source.Current.GpuHour(Gpus.H100).Value));
        Assert.Equal(PriceReload.Unchanged, source.Reload());
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsTheLastGoodBookAndLogsTheEntryOnce()
    {
        var path = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9));
        var source = Source(path);
        source.Load();
        var good = source.Current;

        File.WriteAllText(path, PriceFiles.DearGpus(h100: 9).Replace("value: 9", "value: -9", StringComparison.Ordinal));
        var first = source.Reload();
        var second = source.Reload();

        Assert.Equal((PriceReload.Kept, PriceReload.Kept), (first, second));
        Assert.Same(good, source.Current);
        var error = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("gpu.h100.onDemand.value: must be more than 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("book 2026-12 (as of 2026-11-30) stays in force", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_FileDeletedThenFixed_KeepsTheBookUntilAGoodFileReturns()
    {
        var path = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9));
        var source = Source(path);
        source.Load();

        File.Delete(path);
        var missing = source.Reload();
        File.WriteAllText(path, PriceFiles.DearGpus(h100: 10, version: "2026-12c"));
        var back = source.Reload();

        Assert.Equal((PriceReload.Kept, PriceReload.Loaded), (missing, back));
        Assert.Equal("2026-12c", source.Current.Version);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("file: not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watcher_FileEdited_NewBookInForceAfterTheNextCheckWithoutARestart()
    {
        var path = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9, version: "2026-12"));
        var source = Source(path);
        using var watcher = Watcher(source);
        await watcher.StartAsync(CancellationToken.None);
        File.WriteAllText(path, PriceFiles.DearGpus(h100: 15, version: "2026-12b"));

        var beforeTheCheck = source.Current.Version;
        _time.Advance(Interval);

        Assert.Equal("2026-12", beforeTheCheck);
        Assert.Equal(("2026-12b", 15.0), (source.Current.Version, source.Current.GpuHour(Gpus.H100).Value));
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Watcher_Stopped_ChecksNoMore()
    {
        var path = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 9, version: "2026-12"));
        var source = Source(path);
        using var watcher = Watcher(source);
        await watcher.StartAsync(CancellationToken.None);
        await watcher.StopAsync(CancellationToken.None);

        File.WriteAllText(path, PriceFiles.DearGpus(h100: 15, version: "2026-12b"));
        _time.Advance(Interval * 3);

        Assert.Equal("2026-12", source.Current.Version);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _logs.Dispose();
    }

    private PriceFileSource Source(string? file) =>
        new(Options.Create(new PricingOptions { File = file, CheckInterval = Interval }), new Environment(_folder.Root), new LoggerFactory([_logs]).CreateLogger<PriceFileSource>());

    private PriceFileWatcher Watcher(PriceFileSource source) =>
        new(source, Options.Create(new PricingOptions { File = source.Path, CheckInterval = Interval }), _time, new LoggerFactory([_logs]).CreateLogger<PriceFileWatcher>());

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
