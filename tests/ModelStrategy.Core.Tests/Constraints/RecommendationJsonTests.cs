using System.Text.Json;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Core.Tests.Constraints;

public sealed class RecommendationJsonTests
{
    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsIsButHtmlCharactersAreEscaped()
    {
        var json = JsonSerializer.Serialize(new ProjectConstraints { UseCase = "ingénieur – <script>&" }, RecommendationJson.Options);

        Assert.Contains("ingénieur –", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EnumsAndNames_UseTheWireForm()
    {
        var json = JsonSerializer.Serialize(new ProjectConstraints { Need = Need.DomainLanguage, BudgetUsd = 40_000 }, RecommendationJson.Options);

        Assert.Equal("""{"need":"domain-language","budgetUsd":40000}""", json);
    }
}
