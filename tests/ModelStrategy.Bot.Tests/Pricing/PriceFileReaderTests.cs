using ModelStrategy.Bot.Pricing;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Tests.Pricing;

public sealed class PriceFileReaderTests
{
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Read_TheExportedBuiltInBook_GivesTheBuiltInBookBack(string extension)
    {
        var format = PriceFileSource.FormatOf("prices." + extension);
        var result = PriceFileReader.Read(PriceFileWriter.Write(PriceBook.BuiltIn, format), format);

        Assert.Empty(result.Errors);
        Assert.Equal(PriceBook.BuiltIn.Stamp, result.Book!.Stamp);
        Assert.Empty(PriceChanges.Between(PriceBook.BuiltIn, result.Book));
    }

    [Fact]
    public void Read_AFewEntries_OverlaysThemWholeOnTheBuiltInBook()
    {
        var result = PriceFileReader.Read(PriceFiles.DearGpus(h100: 9, l40s: 4), PriceFileFormat.Yaml);

        var book = Assert.IsType<PriceBook>(result.Book);
        Assert.Equal(new PriceBookStamp("2026-12", new DateOnly(2026, 11, 30)), book.Stamp);
        Assert.Equal(new Figure("H100 price (our cloud)", 9, 7.2, 11.25, "USD/GPU-hour", "our cloud contract, renewal quote", "2026-11-30", "A") { PriceId = PriceIds.H100OnDemand }, book.GpuHour(Gpus.H100));
        Assert.Equal("L40S price", book.GpuHour(Gpus.L40S).Name); // no name given: the built-in one
        Assert.Equal("2026-11", book.GpuHour(Gpus.L40S).AsOf);
        Assert.Equal([PriceIds.H100OnDemand, PriceIds.H100Committed, PriceIds.L40SOnDemand], PriceChanges.Between(PriceBook.BuiltIn, book).Select(c => c.Id));
    }

    [Fact]
    public void Read_OnlyAVersion_IsTheBuiltInPricesUnderThatVersion()
    {
        var result = PriceFileReader.Read("{\"version\": \"2027-01\", \"asOf\": \"2027-01-04\"}", PriceFileFormat.Json);

        Assert.Equal("2027-01", result.Book!.Version);
        Assert.Empty(PriceChanges.Between(PriceBook.BuiltIn, result.Book));
    }

    public static TheoryData<string, string> BadYaml => new()
    {
        { Entry("value: 0"), "gpu.h100.onDemand.value: must be more than 0" },
        { Entry("value: -3"), "gpu.h100.onDemand.value: must be more than 0" },
        { Entry("value: 5"), "gpu.h100.onDemand.value: must be between low (1.8) and high (4)" },
        { Entry("value: \"2.75\""), "gpu.h100.onDemand.value: must be a number" },
        { Entry("value: two"), "gpu.h100.onDemand.value: must be a number, e.g. 2.75 (not in quotes), not \"two\"" },
        { Entry("unit: EUR/GPU-hour"), "gpu.h100.onDemand.unit: must be \"USD/GPU-hour\"" },
        { Entry("asOf: last week"), "gpu.h100.onDemand.asOf: must be a year, month or day" },
        { Entry("grade: excellent"), "gpu.h100.onDemand.grade: must be one of A, B, C, D, U" },
        { Entry("source: \"\""), "gpu.h100.onDemand.source: must not be empty" },
        { Entry("price: 3"), "gpu.h100.onDemand.price: unknown field; an entry has name, value, low, high, unit, source, asOf, grade" },
        { Entry(null, drop: "source"), "gpu.h100.onDemand.source: required" },
        { "version: \"2026-12\"\nasOf: 2026-11-30\ngpu.h100.onDemand: 3\n", "gpu.h100.onDemand: must be a mapping" },
        { "version: \"2026-12\"\nasOf: 2026-11-30\ngpu.h200.onDemand:\n  value: 3\n", "gpu.h200.onDemand: unknown price" },
        { "asOf: 2026-11-30\n", "version: required" },
        { "version: \"2026-12\"\n", "asOf: required" },
        { "version: \"2026-12\"\nasOf: 2026-11-31\n", "asOf: must be a day, e.g. \"2026-11-30\"" },
        { "version: \"2026 December\"\nasOf: 2026-11-30\n", "version: must be 1 to 40 letters" },
        { "version: [1, 2]\nasOf: 2026-11-30\n", "version: must be a text, not a list" },
        { "- 1\n- 2\n", "file: must be a mapping of version, asOf and prices, not a list" },
        { "", "file: empty" },
        { "version: \"1\"\nversion: \"2\"\nasOf: 2026-11-30\n", "file: not valid YAML at line 2, column 1: Duplicate key version" },
        { "version: \"1\"\n  asOf: [\n", "file: not valid YAML at line 2" },
    };

    [Theory]
    [MemberData(nameof(BadYaml))]
    public void Read_BadYaml_NamesTheEntryAndFieldOfEachProblem(string yaml, string expected)
    {
        var result = PriceFileReader.Read(yaml, PriceFileFormat.Yaml);

        Assert.Null(result.Book);
        Assert.Contains(result.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachOnceWithoutRepeatingAFieldAlreadyWrong()
    {
        var yaml = "version: \"2026-12\"\nasOf: 2026-11-30\ngpu.h100.onDemand:\n  value: 0\n  low: \"1\"\n  high: 4\n  unit: USD/GPU-hour\n  source: s\n  asOf: 2026-11\n  grade: A\n"
            + "api.frontier.input:\n  value: 1\n  low: 2\n  high: 3\n  source: s\n  asOf: 2026\n  grade: B\n";

        var errors = PriceFileReader.Read(yaml, PriceFileFormat.Yaml).Errors;

        Assert.Equal(
            ["gpu.h100.onDemand.low: must be a number, e.g. 2.75 (not in quotes), not a text", "api.frontier.input.unit: required",
             "gpu.h100.onDemand.value: must be more than 0", "api.frontier.input.value: must be between low (2) and high (3)"],
            errors);
    }

    [Fact]
    public void Read_JsonNumberWhereTextIsExpected_RefusesAsTheSchemaDoes()
    {
        var result = PriceFileReader.Read("{\"version\": 2026, \"asOf\": \"2026-11-30\"}", PriceFileFormat.Json);

        Assert.Equal(["version: must be a text, not a number"], result.Errors);
    }

    [Fact]
    public void Read_ManyAliases_RefusesInsteadOfExpanding()
    {
        var yaml = "a: &a {x: 1, y: 1, z: 1, w: 1, v: 1, u: 1, t: 1, s: 1, r: 1, q: 1}\n"
            + string.Concat(Enumerable.Range(0, 6).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} {{{string.Join(", ", Enumerable.Range(0, 10).Select(k => $"k{k}: *{(char)('a' + i)}"))}}}\n"));

        var result = PriceFileReader.Read(yaml, PriceFileFormat.Yaml);

        Assert.Equal(["file: more than 10,000 values"], result.Errors);
    }

    private static string Entry(string? line, string? drop = null)
    {
        string[] fields = ["name: H100 price", "value: 2.75", "low: 1.8", "high: 4", "unit: USD/GPU-hour", "source: vendor", "asOf: 2026-11", "grade: C"];
        var key = line?[..line.IndexOf(':', StringComparison.Ordinal)];
        var lines = fields.Where(f => !f.StartsWith((key ?? drop)! + ":", StringComparison.Ordinal)).Select(f => "  " + f);
        return "version: \"2026-12\"\nasOf: 2026-11-30\ngpu.h100.onDemand:\n" + string.Join("\n", line is null ? lines : lines.Append("  " + line)) + "\n";
    }
}
