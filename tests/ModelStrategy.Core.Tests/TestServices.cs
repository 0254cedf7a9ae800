using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests;

/// <summary>The real recommendation service, as the host wires it.</summary>
internal static class TestServices
{
    public static RecommendationService Service { get; } = new RecommendationService(TimeProvider.System);

    public static Recommendation Recommend(ProjectConstraints constraints) => Service.Recommend(constraints);
}
