using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Pricing;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// What the flip search keeps while it tries one field's candidate values: the baseline estimates, one scratch
/// estimate to re-estimate into (nothing is allocated per candidate and path), and each path's points and blockers
/// from the scoring rules that cannot read the field, computed once per field. For a path whose estimate the change
/// cannot reach, a candidate then costs only the rules that read the field.
/// </summary>
internal sealed class FlipSearch(ResolvedConstraints constraints, IReadOnlyList<PathEstimate> baseline, PriceBook prices)
{
    private readonly EstimationContext _baseline = new(constraints, prices);
    private readonly ScoreSheet _sheet = new(detailed: false);
    private readonly PathEstimate _scratch = new(DecisionEngine.AllPaths[0], detailed: false);
    private readonly (int Points, bool Blocked)[] _unread = new (int, bool)[DecisionEngine.AllPaths.Length];
    private FlipField? _field;

    /// <summary>Scores, once, what the candidates of <paramref name="field"/> share: the rules that do not read it.</summary>
    public void Prepare(FlipField field)
    {
        _field = field;
        var unread = ScoreRule.All & ~field.Reads;
        for (var i = 0; i < _unread.Length; i++)
        {
            _sheet.Reset();
            ScoringRules.Score(_baseline, baseline[i], _sheet, unread);
            _unread[i] = (_sheet.Points, _sheet.Blocked);
        }
    }

    /// <summary>The path the engine would choose under <paramref name="changed"/>: the prepared field set to a candidate value.</summary>
    public (PathId Path, bool Feasible) Choose(ResolvedConstraints changed)
    {
        var field = _field ?? throw new InvalidOperationException("Prepare a field before choosing.");
        var ctx = new EstimationContext(changed, prices);
        var best = (Path: PathId.Prompting, Points: 0, Feasible: false);
        var first = true;
        for (var i = 0; i < _unread.Length; i++)
        {
            var path = DecisionEngine.AllPaths[i];
            _sheet.Reset();
            int points;
            bool blocked;
            if (field.ChangesEstimate(ctx, _baseline, baseline[i]))
            {
                ScoringRules.Score(ctx, PathEstimator.EstimateInto(ctx, path, _scratch), _sheet, ScoreRule.All);
                (points, blocked) = (_sheet.Points, _sheet.Blocked);
            }
            else
            {
                ScoringRules.Score(ctx, baseline[i], _sheet, field.Reads);
                (points, blocked) = (_unread[i].Points + _sheet.Points, _unread[i].Blocked || _sheet.Blocked);
            }

            var candidate = (Path: path, Points: points, Feasible: !blocked);
            if (first || DecisionEngine.Better(candidate, best))
            {
                best = candidate;
                first = false;
            }
        }

        return (best.Path, best.Feasible);
    }
}
