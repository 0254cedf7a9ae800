using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// One constraint the flip search may change, with its candidate values encoded as numbers (enums by ordinal),
/// how far each is from the current value, and how to apply and show one. Nothing is built for a candidate
/// until it is tried, and its text only when it flips the answer.
/// </summary>
internal sealed record FlipField(
    string Field,
    string Label,
    Func<ResolvedConstraints, double> Get,
    Func<ResolvedConstraints, double, ResolvedConstraints> Set,
    Func<double, string> Show,
    Func<double, double[]> Values,
    Func<double, double, double> Distance)
{
    private readonly IReadOnlyCollection<PathId> _reestimate = DecisionEngine.AllPaths;
    private readonly int _reestimateMask = MaskOf(DecisionEngine.AllPaths);

    /// <summary>The paths whose estimates depend on this field; the others' estimates are reused. Empty: scores only.</summary>
    public IReadOnlyCollection<PathId> Reestimate
    {
        get => _reestimate;
        init => (_reestimate, _reestimateMask) = (value, MaskOf(value));
    }

    /// <summary>
    /// For the paths in <see cref="Reestimate"/>: whether the estimator's inputs that read this field differ, so that
    /// a path whose inputs are unchanged keeps its baseline estimate. Null: always estimate again.
    /// </summary>
    public EstimateInputs.Differ? InputsDiffer { get; init; }

    /// <summary>
    /// The scoring rules whose points or blockers can depend on this field (besides the rules that read an estimate
    /// that had to be made again). The others are scored once per field, not once per candidate value.
    /// </summary>
    public ScoreRule Reads { get; init; } = ScoreRule.All;

    /// <summary>A candidate value in the API's wire form ("2000", "behavior"), as a button submits it.</summary>
    public Func<double, string> Wire { get; init; } = static v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether changing this field is a meaningful suggestion for these constraints.</summary>
    public Func<ResolvedConstraints, bool> AppliesTo { get; init; } = static _ => true;

    public static FlipField Numeric(string field, string label, Func<ResolvedConstraints, double> get,
        Func<ResolvedConstraints, double, ResolvedConstraints> set, Func<double, string> show, Func<double, double[]> values) =>
        new(field, label, get, set, show, values, static (from, to) => Math.Abs(Math.Log10((to + 1) / (from + 1))));

    public static FlipField Ordinal(string field, string label, Func<ResolvedConstraints, int> get, Func<ResolvedConstraints, int, ResolvedConstraints> set) =>
        new(field, label, c => get(c), (c, v) => set(c, (int)v), v => $"{v} of 5", static _ => ZeroToFive, static (from, to) => Math.Abs(to - from) * 0.5);

    public static FlipField Enumerated<TEnum>(string field, string label, Func<ResolvedConstraints, TEnum> get, Func<ResolvedConstraints, TEnum, ResolvedConstraints> set)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var codes = Array.ConvertAll(values, v => (double)Array.IndexOf(values, v));
        return new(field, label, c => Array.IndexOf(values, get(c)), (c, v) => set(c, values[(int)v]), v => WireName.Of(values[(int)v]),
            _ => codes, static (_, _) => 1.0) { Wire = v => WireName.Of(values[(int)v]) };
    }

    /// <summary>Whether <paramref name="estimate"/> must be made again under <paramref name="changed"/> (it was made under <paramref name="baseline"/>).</summary>
    public bool ChangesEstimate(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        (_reestimateMask & (1 << (int)estimate.Path)) != 0 && (InputsDiffer is null || InputsDiffer(changed, baseline, estimate));

    public static string Money(double value) => Display.Money(value);

    public static string Weeks(double value) => Display.Duration(value);

    /// <summary>The candidate values other than the current one, nearest first.</summary>
    public (double Value, double Distance)[] Candidates(ResolvedConstraints constraints)
    {
        var current = Get(constraints);
        var values = Values(current);
        var candidates = new List<(double Value, double Distance)>(values.Length);
        foreach (var value in values)
        {
            if (value != current)
            {
                candidates.Add((value, Distance(current, value)));
            }
        }

        candidates.Sort(static (a, b) => a.Distance.CompareTo(b.Distance));
        return [.. candidates];
    }

    private static readonly double[] ZeroToFive = [0, 1, 2, 3, 4, 5];

    private static int MaskOf(IEnumerable<PathId> paths) => paths.Aggregate(0, static (mask, path) => mask | (1 << (int)path));
}
