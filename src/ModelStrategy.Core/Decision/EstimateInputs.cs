using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>
/// Exact tests of whether a flipped field changes a path's estimate, by comparing the only inputs through which the
/// estimator reads that field. When they are equal the baseline estimate is, number for number, what a new estimate
/// would be, so the flip search reuses it. Each test names the single place in the estimator that reads the field;
/// FlipFinderProperties checks the whole search against re-estimating everything.
/// </summary>
internal static class EstimateInputs
{
    /// <summary>Tells whether a path's estimate can differ between the baseline and the changed constraints.</summary>
    public delegate bool Differ(EstimationContext changed, EstimationContext baseline, PathEstimate estimate);

    /// <summary>The latency budget is read only by the serving planner (which size and hosting meet it).</summary>
    public static bool Serving(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        PathEstimator.ServingFor(changed, estimate.Path) != estimate.Serving;

    /// <summary>The need is read only through the labelling target (<see cref="PathEstimator.LabelingTarget"/>).</summary>
    public static bool LabelingTarget(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        PathEstimator.LabelingTarget(changed, estimate.Path) != PathEstimator.LabelingTarget(baseline, estimate.Path);

    /// <summary>
    /// Labelled examples and their quality are read only as the examples still missing to the target and, by the paths
    /// that train on them, as the size of the training set (<see cref="PathEstimator.TrainingExamples"/>).
    /// </summary>
    public static bool LabeledData(EstimationContext changed, EstimationContext baseline, PathEstimate estimate)
    {
        var target = PathEstimator.LabelingTarget(changed, estimate.Path);
        return CommonPhases.MissingExamples(changed, target) != CommonPhases.MissingExamples(baseline, target)
            || (PathEstimator.TrainsOnLabels(estimate.Path)
                && PathEstimator.TrainingExamples(changed, target) != PathEstimator.TrainingExamples(baseline, target));
    }

    /// <summary>Control is read only as whether a model trained from scratch runs on its own infrastructure.</summary>
    public static bool OwnInfrastructure(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        estimate.Path == PathId.FromScratch && PathEstimator.OwnInfrastructure(changed) != PathEstimator.OwnInfrastructure(baseline);

    /// <summary>Governance is read only by the review, evaluation-set and pilot phases.</summary>
    public static bool GovernancePhases(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        CommonPhases.Review(changed) != CommonPhases.Review(baseline)
        || CommonPhases.EvaluationSet(changed, training: false) != CommonPhases.EvaluationSet(baseline, training: false)
        || CommonPhases.Pilot(changed) != CommonPhases.Pilot(baseline);

    /// <summary>Requests per day are read by the serving planner (volume and yearly cost) and the pilot phase.</summary>
    public static bool ServingOrPilot(EstimationContext changed, EstimationContext baseline, PathEstimate estimate) =>
        CommonPhases.Pilot(changed) != CommonPhases.Pilot(baseline) || Serving(changed, baseline, estimate);
}
