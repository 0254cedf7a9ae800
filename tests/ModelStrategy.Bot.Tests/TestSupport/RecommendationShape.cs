using System.Text.Json;

namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>The fields PRODUCT.md promises in every recommendation returned by the HTTP API.</summary>
internal static class RecommendationShape
{
    private static readonly string[] Paths = ["prompting", "rag", "peft", "full-fine-tune", "rag-peft", "continued-pretraining", "from-scratch"];

    private static readonly string[] NonEmptyLists = ["rationale", "pros", "cons", "risks", "nextSteps", "alternatives", "assumptions"];

    public static void AssertComplete(JsonElement body)
    {
        Assert.False(string.IsNullOrEmpty(body.GetProperty("id").GetString()));
        Assert.Contains(body.GetProperty("path").GetString(), Paths);
        Assert.InRange(body.GetProperty("confidence").GetDouble(), 0, 1);
        var scores = body.GetProperty("scores");
        Assert.Equal(Paths.Order(), scores.EnumerateObject().Select(p => p.Name).Order());
        Assert.All(scores.EnumerateObject(), p => Assert.InRange(p.Value.GetInt32(), 0, 100));
        foreach (var list in NonEmptyLists)
        {
            Assert.True(body.GetProperty(list).GetArrayLength() > 0, $"{list} must not be empty");
        }

        Assert.Equal(JsonValueKind.Array, body.GetProperty("flipConditions").ValueKind);
        var cost = body.GetProperty("cost");
        Assert.Equal("USD", cost.GetProperty("currency").GetString());
        AssertOrdered(cost);
        Assert.True(cost.GetProperty("breakdown").GetArrayLength() > 0);
        var timeline = body.GetProperty("timelineWeeks");
        AssertOrdered(timeline);
        Assert.True(timeline.GetProperty("phases").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("constraints").ValueKind);
    }

    private static void AssertOrdered(JsonElement range)
    {
        var p10 = range.GetProperty("p10").GetDouble();
        var p50 = range.GetProperty("p50").GetDouble();
        var p90 = range.GetProperty("p90").GetDouble();
        Assert.True(p10 <= p50 && p50 <= p90, $"expected p10 ≤ p50 ≤ p90, got {p10}, {p50}, {p90}");
    }
}
