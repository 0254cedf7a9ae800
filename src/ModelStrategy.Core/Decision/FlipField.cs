using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Formatting;

namespace ModelStrategy.Core.Decision;

/// <summary>One constraint the flip search may change: how to read it, show it, and which values to try.</summary>
internal sealed record FlipField(
    string Field,
    string Label,
    Func<ResolvedConstraints, string> Show,
    Func<ResolvedConstraints, IEnumerable<FlipCandidate>> Candidates)
{
    public static FlipField Numeric(string field, string label, Func<ResolvedConstraints, double> get,
        Func<ResolvedConstraints, double, ResolvedConstraints> set, Func<double, string> show, Func<double, double[]> values) =>
        new(field, label, c => show(get(c)), c =>
        {
            var current = get(c);
            return values(current)
                .Where(v => v != current)
                .Select(v => new FlipCandidate(set(c, v), show(v), Math.Abs(Math.Log10((v + 1) / (current + 1)))));
        });

    public static FlipField Ordinal(string field, string label, Func<ResolvedConstraints, int> get, Func<ResolvedConstraints, int, ResolvedConstraints> set) =>
        new(field, label, c => $"{get(c)} of 5", c => Enumerable.Range(0, 6)
            .Where(v => v != get(c))
            .Select(v => new FlipCandidate(set(c, v), $"{v} of 5", Math.Abs(v - get(c)) * 0.5)));

    public static FlipField Enumerated<TEnum>(string field, string label, Func<ResolvedConstraints, TEnum> get, Func<ResolvedConstraints, TEnum, ResolvedConstraints> set)
        where TEnum : struct, Enum =>
        new(field, label, c => WireName.Of(get(c)), c => Enum.GetValues<TEnum>()
            .Where(v => !v.Equals(get(c)))
            .Select(v => new FlipCandidate(set(c, v), WireName.Of(v), 1.0)));

    public static string Money(double value) => Display.Money(value);

    public static string Weeks(double value) => Display.Duration(value);
}

/// <summary>A changed copy of the constraints, the new value as shown, and how far it is from the current one.</summary>
internal sealed record FlipCandidate(ResolvedConstraints Constraints, string Shown, double Distance);
