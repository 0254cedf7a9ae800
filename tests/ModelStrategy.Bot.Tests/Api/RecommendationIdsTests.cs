using ModelStrategy.Bot.Api;

namespace ModelStrategy.Bot.Tests.Api;

public sealed class RecommendationIdsTests
{
    [Theory]
    [InlineData("r_7f3c2a9e")]
    [InlineData("0a1b2c3d-4e5f-6789-abcd-ef0123456789")]
    [InlineData("A.b-C_9")]
    public void IsWellFormed_OrdinaryId_ReturnsTrue(string id) => Assert.True(RecommendationIds.IsWellFormed(id));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("x'--")]
    [InlineData("é")]
    public void IsWellFormed_OddCharacters_ReturnsFalse(string? id) => Assert.False(RecommendationIds.IsWellFormed(id));

    [Fact]
    public void IsWellFormed_LongerThanLimit_ReturnsFalse()
    {
        // Arrange
        var id = new string('a', RecommendationIds.MaxLength + 1);

        // Act
        var wellFormed = RecommendationIds.IsWellFormed(id);

        // Assert
        Assert.False(wellFormed);
    }
}
