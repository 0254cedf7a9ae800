using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.TriageEvaluation;

// Usage: dotnet run --project tests/ModelStrategy.TriageEvaluation [-- --misses]
// Prints, for the tuning part and the held-out part, recall and precision per field and the path agreement.
// --misses lists the tuning part's disagreements; the held-out part only ever shows its totals.
var folder = CorpusMessage.Folder();
using var provider = new ServiceCollection().AddModelStrategyCore().BuildServiceProvider();
var service = provider.GetRequiredService<RecommendationService>();
var tuning = CorpusEvaluator.Evaluate(CorpusMessage.Load(Path.Combine(folder, "tuning.jsonl")), service);
var holdout = CorpusEvaluator.Evaluate(CorpusMessage.Load(Path.Combine(folder, "holdout.jsonl")), service);

Console.WriteLine(ScoreTable.Render(tuning, holdout));
if (args.Contains("--misses"))
{
    Console.WriteLine();
    Console.WriteLine("Tuning part, disagreements (message, field, label, parsed, from the words):");
    foreach (var miss in tuning.Misses.OrderBy(m => m.Id, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {miss.Id} {miss.Field}: label {miss.Expected ?? "-"}, parsed {miss.Got ?? "-"}{(miss.Phrase is null ? string.Empty : $" (\"{miss.Phrase}\")")}"));
    }

    Console.WriteLine("  other path: " + string.Join(' ', tuning.OtherPath));
}

return ScoreTable.MeetsTargets(holdout) ? 0 : 1;
