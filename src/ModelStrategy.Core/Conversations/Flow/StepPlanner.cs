using System.Collections.Concurrent;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.State;

namespace ModelStrategy.Core.Conversations.Flow;

/// <summary>
/// Chooses the next question: the first one in catalog order that is not answered, applies to what is known, and
/// could change the answer (under one of the <see cref="ProbeProfiles"/>, two of its choices give different paths). Deterministic for the same answers; never more than the configured number of questions.
/// Whether a question can matter depends only on the answers known, so it is worked out once per step and answers
/// (it probes dozens of constraint sets) and remembered, like <see cref="PathOracle"/>'s paths.
/// </summary>
internal static class StepPlanner
{
    private const int MaxCached = 50_000;
    private static readonly ConcurrentDictionary<(string StepId, ProjectConstraints Known), bool> Judged = new();

    public static QuestionStep? Next(DialogState dialog, int maxSteps) =>
        dialog.AskedSteps.Count >= maxSteps ? null : Remaining(dialog).FirstOrDefault();

    /// <summary>"step 3 of 8": this step's number and the steps still expected, capped at <paramref name="maxSteps"/>.</summary>
    public static StepProgress Progress(DialogState dialog, int maxSteps)
    {
        var asked = dialog.AskedSteps.Count;
        var total = Math.Min(maxSteps, asked + Remaining(dialog).Count());
        return new StepProgress(asked + 1, Math.Max(total, asked + 1));
    }

    private static IEnumerable<QuestionStep> Remaining(DialogState dialog)
    {
        var known = dialog.Known;
        var asked = dialog.AskedSteps;
        var resolved = ConstraintDefaults.Resolve(known).Constraints;
        return QuestionCatalog.Steps.Where(step =>
            !asked.Contains(step.Id)
            && step.Fields.Any(f => FieldValues.Get(known, f) is null)
            && step.Applies(resolved)
            && Matters(step, known));
    }

    private static bool Matters(QuestionStep step, ProjectConstraints known)
    {
        if (step == QuestionCatalog.Steps[0])
        {
            return true;
        }

        var key = (step.Id, known);
        if (Judged.TryGetValue(key, out var matters))
        {
            return matters;
        }

        matters = Probe(step, known);
        if (Judged.Count >= MaxCached)
        {
            Judged.Clear();
        }

        Judged[key] = matters;
        return matters;
    }

    /// <summary>True when, under some probe profile, two choices of one of the step's open inputs lead to different paths.</summary>
    private static bool Probe(QuestionStep step, ProjectConstraints known)
    {
        var open = step.Inputs.Where(i => FieldValues.Get(known, i.Field) is null).ToList();
        foreach (var profile in ProbeProfiles.All)
        {
            var context = ProbeProfiles.Fill(profile, known);
            foreach (var input in open)
            {
                var paths = input.Choices
                    .Select(c => FieldValues.Set(context, input.Field, c.Value))
                    .OfType<ProjectConstraints>()
                    .Select(PathOracle.For)
                    .Distinct();
                if (paths.Skip(1).Any())
                {
                    return true;
                }
            }
        }

        return false;
    }
}
