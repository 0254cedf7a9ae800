using System.Globalization;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The best reading of each field so far and the phrase behind it. A reading replaces the current one when its rank
/// is higher, or equal and earlier in the text: readers give clear mentions a higher rank than bare ones, and the
/// strictness fields (sensitivity, governance, control, novelty, expertise) rank by level, so the strictest wins.
/// A value outside the range <see cref="ConstraintsValidator"/> accepts is never stored.
/// </summary>
internal sealed class TriageFindings(string text)
{
    private readonly Dictionary<string, Finding> _best = new(StringComparer.Ordinal);

    /// <summary>Offers a numeric reading of <paramref name="field"/>; false when the value does not fit the field.</summary>
    public bool Number(string field, double value, int rank, TriagePhrase phrase) =>
        ConstraintSetter.WithNumber(new ProjectConstraints(), field, value) is { } alone
        && Offer(field, alone, value, value.ToString("0.##", CultureInfo.InvariantCulture), rank, phrase);

    /// <summary>Offers a choice (the enum type names the field).</summary>
    public bool Choice<TEnum>(TEnum value, int rank, TriagePhrase phrase) where TEnum : struct, Enum
    {
        var (field, alone) = ConstraintSetter.WithChoice(new ProjectConstraints(), value);
        return Offer(field, alone, value, WireName.Of(value), rank, phrase);
    }

    /// <summary>Offers a 0–5 level; the highest level wins.</summary>
    public bool Level(string field, int level, TriagePhrase phrase) => Number(field, level, level, phrase);

    /// <summary>Offers a sensitivity; the strictest wins.</summary>
    public bool Strictest(DataSensitivity value, TriagePhrase phrase) => Choice(value, (int)value, phrase);

    /// <summary>True when <paramref name="field"/> has a reading of at least <paramref name="rank"/>.</summary>
    public bool Has(string field, int rank = int.MinValue) => _best.TryGetValue(field, out var f) && f.Rank >= rank;

    /// <summary>The result: understood items in the order their phrases appear.</summary>
    public TriageResult ToResult(string? useCase)
    {
        var constraints = new ProjectConstraints();
        foreach (var (field, finding) in _best)
        {
            constraints = finding.Value is double number
                ? ConstraintSetter.WithNumber(constraints, field, number)!
                : ConstraintSetter.WithChoice(constraints, finding.Value).Constraints;
        }

        var items = _best
            .OrderBy(entry => entry.Value.Index)
            .ThenBy(entry => Order(entry.Key))
            .Select(entry => entry.Value.Item)
            .ToArray();
        return new TriageResult(constraints with { UseCase = useCase }, items);
    }

    private bool Offer(string field, ProjectConstraints alone, object value, string display, int rank, TriagePhrase phrase)
    {
        var words = phrase.In(text);
        if (field.Length == 0 || words.Length == 0 || ConstraintsValidator.Validate(alone).Count > 0)
        {
            return false;
        }

        if (!_best.TryGetValue(field, out var current) || rank > current.Rank || (rank == current.Rank && phrase.Index < current.Index))
        {
            _best[field] = new Finding(rank, phrase.Index, value, new UnderstoodItem(field, display, words));
        }

        return true;
    }

    private static int Order(string field)
    {
        for (var i = 0; i < ConstraintFields.All.Count; i++)
        {
            if (ConstraintFields.All[i] == field)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private readonly record struct Finding(int Rank, int Index, object Value, UnderstoodItem Item);
}
