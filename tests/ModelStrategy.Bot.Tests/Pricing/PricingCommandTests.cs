using ModelStrategy.Bot.Pricing;
using ModelStrategy.Tests.Shared.Repository;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Tests.Pricing;

public sealed class PricingCommandTests : IDisposable
{
    private readonly PriceFiles.TempFolder _folder = new();

    [Theory]
    [InlineData("prices.yaml", new string[0])]
    [InlineData("prices.json", new[] { "--json" })]
    public void Export_ThenCheckOnIt_ReportsNoChanges(string name, string[] options)
    {
        var export = Run(["pricing", "export", .. options]);
        var file = _folder.Write(name, export.Output);

        var check = Run(["pricing", "check", file]);

        Assert.Equal((0, 0), (export.Exit, check.Exit));
        Assert.Equal(
            $"{file}: book 2026-11 (as of 2026-11-22), against the built-in book 2026-11 (as of 2026-11-22).\n\n"
            + "No changes: every price equals the built-in book's.\n\n"
            + $"No typical project changes path or cost band ({TypicalProjects.All.Count} checked).\n",
            check.Output);
        Assert.Empty(check.Error);
    }

    [Fact]
    public void Check_DearerGpus_ListsTheChangedPricesAndTheTypicalProjectsThatChange()
    {
        var file = _folder.Write("prices.yaml", PriceFiles.DearGpus(h100: 30, l40s: 12));
        var book = PriceFileReader.Read(File.ReadAllText(file), PriceFileFormat.Yaml).Book!;
        var impacts = PriceImpact.Of(PriceBook.BuiltIn, book);
        var changed = impacts.Where(i => i.PathChanged || i.BandChanged).ToList();

        var check = Run(["pricing", "check", file]);

        Assert.Equal(0, check.Exit);
        Assert.Contains("Prices that differ from the built-in book (3 of 15):\n  gpu.h100.onDemand (H100 price (our cloud))\n"
            + "    name: \"H100 price\" → \"H100 price (our cloud)\"\n    value: 2.75 USD/GPU-hour → 30 USD/GPU-hour\n", check.Output, StringComparison.Ordinal);
        Assert.Contains("  gpu.l40s.onDemand (L40S price)\n    value: 1.2 USD/GPU-hour → 12 USD/GPU-hour\n", check.Output, StringComparison.Ordinal);
        Assert.Contains(changed, i => i.PathChanged);
        Assert.Contains($"Typical projects whose recommendation changes ({changed.Count} of {impacts.Count}):\n", check.Output, StringComparison.Ordinal);
        Assert.All(changed, i =>
        {
            Assert.Contains($"  {i.Name}\n", check.Output, StringComparison.Ordinal);
            Assert.Contains($"(band {i.Before.CostBand}) → ", check.Output, StringComparison.Ordinal);
        });
        var path = changed.First(i => i.PathChanged);
        Assert.Contains($"  {path.Name}\n    path: {path.Before.PathName} → {path.After.PathName}\n", check.Output, StringComparison.Ordinal);
        Assert.Contains($"Unchanged path and cost band ({impacts.Count - changed.Count}):\n", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Note: the version", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChangedPricesUnderTheBuiltInVersion_AsksForAVersionOfItsOwn()
    {
        var file = _folder.Write("prices.yaml", PriceFiles.DearGpus(version: PriceBook.BuiltIn.Version));

        var check = Run(["pricing", "check", file]);

        Assert.Contains("Note: the version is the built-in book's; give yours its own", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidFile_ExitsWithOneListingEveryProblem()
    {
        var file = _folder.Write("prices.yaml", PriceFiles.DearGpus().Replace("value: 30", "value: 0", StringComparison.Ordinal) + "gpu.h200.onDemand:\n  value: 3\n");

        var check = Run(["pricing", "check", file]);

        Assert.Equal(1, check.Exit);
        Assert.Empty(check.Output);
        Assert.Equal(
            $"{file} is not a valid price file (2 problem(s)); the bot would keep the prices it has:\n"
            + "  gpu.h200.onDemand: unknown price; `pricing export` lists every price the book has\n"
            + "  gpu.h100.onDemand.value: must be more than 0\n",
            check.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pricing")]
    [InlineData("pricing check")]
    [InlineData("pricing export --yaml")]
    [InlineData("pricing frobnicate a b")]
    public void Run_Misused_PrintsUsageAndExitsWithTwo(string commandLine)
    {
        var run = Run(commandLine.Split(' '));

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("Usage:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Tier", "External")] // runs the host's executable
    public async Task HostExecutable_PricingExport_PrintsTheBookAndExitsWithoutStartingTheWebHost()
    {
        var bot = Path.Combine(AppContext.BaseDirectory, "ModelStrategy.Bot.dll");

        var run = await ProcessRunner.RunAsync("dotnet", [bot, "pricing", "export"], _folder.Root, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:1" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(PriceFiles.BuiltInYaml, run.StandardOutput);
        Assert.DoesNotContain("Now listening", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "data")), "the web host started and opened its store");
    }

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string Output, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PricingCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
