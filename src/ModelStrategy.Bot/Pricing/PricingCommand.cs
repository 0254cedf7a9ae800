using System.Globalization;
using System.Text;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Bot.Pricing;

/// <summary>
/// The host's price commands, run instead of the web host: <c>pricing export [--json]</c> prints the built-in book as
/// a price file; <c>pricing check FILE</c> prints what the file changes against the built-in book and which typical
/// projects would get another path or cost band. Exit codes: 0 done, 1 the file is invalid or unreadable, 2 usage.
/// </summary>
internal static class PricingCommand
{
    public const string Name = "pricing";

    private const string Usage = """
        Usage:
          pricing export [--json]   print the built-in price book as a price file (YAML, or JSON with --json)
          pricing check FILE        print what FILE changes against the built-in book, and which typical projects
                                    would get another path or cost band (FILE: .json is JSON, anything else YAML)

        """;

    /// <summary>Whether the command line asks for a price command rather than the web host.</summary>
    public static bool Matches(string[] args) => args is [Name, ..];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case [Name, "export"]:
                output.Write(PriceFileWriter.Write(PriceBook.BuiltIn, PriceFileFormat.Yaml));
                return 0;
            case [Name, "export", "--json"]:
                output.Write(PriceFileWriter.Write(PriceBook.BuiltIn, PriceFileFormat.Json));
                return 0;
            case [Name, "check", var file]:
                return Check(file, output, error);
            default:
                error.Write(Usage);
                return 2;
        }
    }

    private static int Check(string file, TextWriter output, TextWriter error)
    {
        var (bytes, readError) = PriceFileSource.ReadFile(file);
        var result = bytes is null ? new PriceFileResult(null, [readError!]) : PriceFileReader.Read(Encoding.UTF8.GetString(bytes), PriceFileSource.FormatOf(file));
        if (result.Book is not { } book)
        {
            error.WriteLine($"{file} is not a valid price file ({result.Errors.Count} problem(s)); the bot would keep the prices it has:");
            foreach (var problem in result.Errors)
            {
                error.WriteLine("  " + problem);
            }

            return 1;
        }

        output.Write(Report(file, book));
        return 0;
    }

    /// <summary>What <paramref name="book"/> changes against the built-in book, in words an operator reads.</summary>
    public static string Report(string file, PriceBook book)
    {
        var builtIn = PriceBook.BuiltIn;
        var text = new StringBuilder();
        text.Append(Invariant($"{file}: book {book.Version} (as of {book.AsOf:yyyy-MM-dd}), against the built-in book {builtIn.Version} (as of {builtIn.AsOf:yyyy-MM-dd}).\n\n"));
        var changes = PriceChanges.Between(builtIn, book);
        if (changes.Count == 0)
        {
            text.Append("No changes: every price equals the built-in book's.\n");
        }
        else
        {
            text.Append(Invariant($"Prices that differ from the built-in book ({changes.Count} of {builtIn.Entries.Count}):\n"));
            foreach (var change in changes)
            {
                text.Append("  ").Append(change.Id).Append(" (").Append(change.After.Name).Append(")\n");
                foreach (var field in change.Fields)
                {
                    text.Append("    ").Append(field).Append(": ").Append(Field(change.Before, field)).Append(" → ").Append(Field(change.After, field)).Append('\n');
                }
            }

            if (book.Version == builtIn.Version)
            {
                text.Append("Note: the version is the built-in book's; give yours its own so cards and reports show which prices they used.\n");
            }
        }

        var impacts = PriceImpact.Of(builtIn, book);
        var changed = impacts.Where(i => i.PathChanged || i.BandChanged).ToList();
        text.Append('\n').Append(changed.Count == 0
            ? Invariant($"No typical project changes path or cost band ({impacts.Count} checked).\n")
            : Invariant($"Typical projects whose recommendation changes ({changed.Count} of {impacts.Count}):\n"));
        foreach (var impact in changed)
        {
            text.Append("  ").Append(impact.Name).Append('\n');
            if (impact.PathChanged)
            {
                text.Append("    path: ").Append(impact.Before.PathName).Append(" → ").Append(impact.After.PathName).Append('\n');
            }

            text.Append("    cost: ").Append(Cost(impact.Before)).Append(" → ").Append(Cost(impact.After)).Append('\n');
        }

        var same = impacts.Where(i => !i.PathChanged && !i.BandChanged).ToList();
        if (changed.Count > 0 && same.Count > 0)
        {
            text.Append(Invariant($"Unchanged path and cost band ({same.Count}):\n"));
        }

        foreach (var impact in changed.Count > 0 ? same : [])
        {
            text.Append("  ").Append(impact.Name).Append(": ").Append(impact.After.PathName).Append(", ")
                .Append(Display.Money(impact.Before.CostP50)).Append(" → ").Append(Display.Money(impact.After.CostP50)).Append('\n');
        }

        return text.ToString();
    }

    private static string Cost(ProjectOutcome outcome) => $"{Display.Money(outcome.CostP50)} (band {outcome.CostBand})";

    private static string Field(Figure f, string field) => field switch
    {
        "name" => $"\"{f.Name}\"",
        "value" => Invariant($"{f.Value} {f.Unit}"),
        "low" => Invariant($"{f.Low}"),
        "high" => Invariant($"{f.High}"),
        "source" => $"\"{f.Source}\"",
        "asOf" => f.AsOf,
        _ => f.Grade,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
