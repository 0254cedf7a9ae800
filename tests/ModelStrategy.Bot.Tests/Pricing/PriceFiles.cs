using ModelStrategy.Bot.Pricing;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Tests.Pricing;

/// <summary>Price files for tests: the built-in book exported, and small files with a few prices changed.</summary>
internal static class PriceFiles
{
    public static string BuiltInYaml => PriceFileWriter.Write(PriceBook.BuiltIn, PriceFileFormat.Yaml);

    public static string BuiltInJson => PriceFileWriter.Write(PriceBook.BuiltIn, PriceFileFormat.Json);

    /// <summary>A YAML book "2026-12" whose H100 and L40S cost <paramref name="h100"/> and <paramref name="l40s"/> an hour (a committed H100 80% of it).</summary>
    public static string DearGpus(double h100 = 30, double l40s = 12, string version = "2026-12") => $"""
        version: "{version}"
        asOf: 2026-11-30
        gpu.h100.onDemand:
          name: H100 price (our cloud)
          value: {h100}
          low: {h100 * 0.8}
          high: {h100 * 1.25}
          unit: USD/GPU-hour
          source: our cloud contract, renewal quote
          asOf: 2026-11-30
          grade: A
        gpu.h100.committed:
          value: {h100 * 0.8}
          low: {h100 * 0.6}
          high: {h100}
          unit: USD/GPU-hour
          source: our cloud contract, renewal quote
          asOf: 2026-11-30
          grade: A
        gpu.l40s.onDemand:
          value: {l40s}
          low: {l40s * 0.8}
          high: {l40s * 1.25}
          unit: USD/GPU-hour
          source: our cloud contract, renewal quote
          asOf: 2026-11
          grade: A
        """ + "\n";

    /// <summary>A YAML book whose labour rates are a dear region's: an engineer-week and a researcher-week at the given loaded cost.</summary>
    public static string RegionalLabour(double engineer = 9000, double researcher = 14000, string version = "2026-12-zurich") => $"""
        version: "{version}"
        asOf: 2026-12-01
        labour.engineer.week:
          name: Loaded cost per engineer-week (Zurich)
          value: {engineer}
          low: {engineer * 0.8}
          high: {engineer * 1.25}
          unit: USD/FTE-week
          source: our finance team, 2027 budget
          asOf: 2026-12
          grade: A
        labour.researcher.week:
          name: Loaded cost per ML-researcher-week (Zurich)
          value: {researcher}
          low: {researcher * 0.8}
          high: {researcher * 1.25}
          unit: USD/FTE-week
          source: our finance team, 2027 budget
          asOf: 2026-12
          grade: A
        """ + "\n";

    /// <summary>A temporary folder, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("ms-prices-").FullName;

        public string Write(string name, string text)
        {
            var path = Path.Combine(Root, name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
