using System.Text.Json;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.TriageEvaluation;

/// <summary>
/// Reads every message of a corpus part with the quick-triage parser (on the day the message is read) and scores it
/// against its labels: per field recall and precision, and whether the parsed constraints give the same path as the
/// labelled ones sent as JSON.
/// </summary>
public static class CorpusEvaluator
{
    /// <summary>Scores <paramref name="messages"/>.</summary>
    public static CorpusScore Evaluate(IReadOnlyList<CorpusMessage> messages, RecommendationService service)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(service);
        var tallies = ConstraintFields.All.Where(f => f != ConstraintFields.UseCase).ToDictionary(f => f, f => new FieldTally(f), StringComparer.Ordinal);
        var misses = new List<Miss>();
        var otherPath = new List<string>();
        foreach (var message in messages)
        {
            var parsed = TriageParser.Parse(message.Text, message.ReadOn);
            var got = parsed.Understood.ToDictionary(u => u.Field, StringComparer.Ordinal);
            foreach (var tally in tallies.Values)
            {
                var stated = message.Expected.TryGetValue(tally.Field, out var label);
                var set = got.TryGetValue(tally.Field, out var item);
                var right = stated && set && FieldMatch.Matches(tally.Field, item!.Value, label);
                tally.Stated += stated ? 1 : 0;
                tally.Understood += right ? 1 : 0;
                tally.Set += set ? 1 : 0;
                tally.Correct += right ? 1 : 0;
                if ((stated || set) && !right)
                {
                    misses.Add(new Miss(message.Id, tally.Field, stated ? FieldMatch.Show(label) : null, item?.Value, item?.Phrase));
                }
            }

            if (service.Recommend(Labelled(message)).Path != service.Recommend(parsed.Constraints with { UseCase = null }).Path)
            {
                otherPath.Add(message.Id);
            }
        }

        return new CorpusScore
        {
            Fields = [.. tallies.Values],
            Messages = messages.Count,
            SamePath = messages.Count - otherPath.Count,
            Misses = misses,
            OtherPath = otherPath,
        };
    }

    /// <summary>The labels as the API would read them from JSON.</summary>
    public static ProjectConstraints Labelled(CorpusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(message.Expected));
        var read = ConstraintsJsonReader.Read(document.RootElement);
        if (read.Errors.Count > 0)
        {
            throw new InvalidDataException($"{message.Id}: labels the API refuses: {string.Join("; ", read.Errors)}");
        }

        return read.Constraints;
    }
}
