using System.Globalization;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Triage;

/// <summary>
/// The constraints understood so far and the phrase behind each. Two policies: <see cref="First(string, double, TriagePhrase)"/>
/// keeps the first accepted mention of a field; <see cref="Highest(string, int, TriagePhrase)"/> keeps the strictest one
/// (sensitivity, governance, control, novelty, where under-stating a risk is the costly mistake). A value outside
/// the range <see cref="ConstraintsValidator"/> accepts is never stored.
/// </summary>
internal sealed class TriageFindings(string text)
{
    private readonly Dictionary<string, (int Rank, int Index, UnderstoodItem Item)> _items = [];

    /// <summary>The constraints understood so far.</summary>
    public ProjectConstraints Constraints { get; private set; } = new();

    /// <summary>Sets a numeric field unless already set; false when the value is not acceptable for the field.</summary>
    public bool First(string field, double value, TriagePhrase phrase) =>
        Store(field, ConstraintSetter.WithNumber(Constraints, field, value), Format(value), 0, phrase, keepHigher: false);

    /// <summary>Sets an enum field unless already set.</summary>
    public bool First<TEnum>(TEnum value, TriagePhrase phrase) where TEnum : struct, Enum
    {
        var (field, candidate) = ConstraintSetter.WithChoice(Constraints, value);
        return Store(field, candidate, WireName.Of(value), 0, phrase, keepHigher: false);
    }

    /// <summary>Sets a 0–5 field when <paramref name="level"/> is higher than its current value.</summary>
    public bool Highest(string field, int level, TriagePhrase phrase) =>
        Store(field, ConstraintSetter.WithNumber(Constraints, field, level), Format(level), level, phrase, keepHigher: true);

    /// <summary>Sets the sensitivity when <paramref name="value"/> is stricter than the current one.</summary>
    public bool Highest(DataSensitivity value, TriagePhrase phrase)
    {
        var (field, candidate) = ConstraintSetter.WithChoice(Constraints, value);
        return Store(field, candidate, WireName.Of(value), (int)value, phrase, keepHigher: true);
    }

    /// <summary>The result: understood items in the order their phrases appear.</summary>
    public TriageResult ToResult(string? useCase)
    {
        var items = _items
            .OrderBy(entry => entry.Value.Index)
            .ThenBy(entry => Order(entry.Key))
            .Select(entry => entry.Value.Item)
            .ToArray();
        return new TriageResult(Constraints with { UseCase = useCase }, items);
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

    private bool Store(string field, ProjectConstraints? candidate, string display, int rank, TriagePhrase phrase, bool keepHigher)
    {
        var words = phrase.In(text);
        if (candidate is null || field.Length == 0 || words.Length == 0
            || ConstraintsValidator.Validate(candidate).Any(error => error.Field == field))
        {
            return false;
        }

        var known = _items.TryGetValue(field, out var current);
        if (!known || (keepHigher && rank > current.Rank))
        {
            Constraints = candidate;
            _items[field] = (rank, phrase.Index, new UnderstoodItem(field, display, words));
        }

        return true;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
