using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Recommendations;

/// <summary>Computes recommendations. Pure: no I/O, deterministic apart from the id and timestamp.</summary>
public interface IRecommendationService
{
    /// <summary>Recommends a path for structured constraints (validate them first).</summary>
    Recommendation Recommend(ProjectConstraints constraints);

    /// <summary>Quick triage: parses <paramref name="text"/>, lets <paramref name="explicitConstraints"/> win, and recommends.</summary>
    Recommendation RecommendFromText(string text, ProjectConstraints? explicitConstraints = null);
}
