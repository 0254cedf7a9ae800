using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Api;
using ModelStrategy.Core.Outcomes;
using ModelStrategy.Core.Paths;
using ModelStrategy.Core.Recommendations;

namespace ModelStrategy.Bot.Tests.Api;

public sealed class OutcomesCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("2026-11", "2026-11")]
    [InlineData("", "")]
    public void Cell_FormulaLikeOrSpecial_IsDefused_AndQuotedWhenItMustBe(string value, string cell) =>
        Assert.Equal(cell, OutcomesCsv.Cell(value));

    [Fact]
    public void Write_OneAnsweredAndOneUnansweredOutcome_GivesTheHeaderAndARowEach_WithoutNames()
    {
        var choice = new OutcomeChoice(PathId.Peft, "Fine-tune with LoRA/QLoRA", PathId.Rag, "Retrieval-augmented generation (RAG)", At.AddDays(-1),
            new OutcomeEstimate(null, 8.5, null, null, 31_000, null), "=2026-12", new DateOnly(2026, 11, 30), "Ana", At);
        var answered = new Outcome { RecommendationId = "rec_a", Audience = new Audience(Audience.Slack, "T1"), Choice = choice,
            Actuals = new OutcomeActuals(10, 40_000, "Bo", At.AddDays(70)) };
        var unanswered = new Outcome { RecommendationId = "rec_b", Audience = new Audience(Audience.Slack, "T1"), Choice = choice with { Path = PathId.Rag } };

        var lines = OutcomesCsv.Write([answered, unanswered, new Outcome { RecommendationId = "rec_c" }]).Split("\r\n");

        Assert.Equal(string.Join(',', OutcomesCsv.Columns), lines[0]);
        Assert.Equal("rec_a,slack:T1,2026-03-01T09:00:00Z,rag,peft,false,2026-03-02T09:00:00Z,'=2026-12,2026-11-30,,8.5,,10,,31000,,40000,2026-05-11T09:00:00Z", lines[1]);
        Assert.Equal("rec_b,slack:T1,2026-03-01T09:00:00Z,rag,rag,true,2026-03-02T09:00:00Z,'=2026-12,2026-11-30,,8.5,,,,31000,,,", lines[2]);
        Assert.Equal([""], lines[3..]); // rec_c: nothing chosen, no row
        Assert.DoesNotContain("Ana", string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_OfEachCaller_AreItsTenantOrItsKeysTeams_NeverAnApiKeyAudience()
    {
        var key = new ApiCaller(ApiCallerKind.Key, "ops", Teams: ["slack:T1", "entra:abc", "api-key:other", "nonsense", "slack:T1"]);

        Assert.Equal([new Audience(Audience.Slack, "T1"), new Audience(Audience.Entra, "abc")], OutcomeHandlers.Teams(key));
        Assert.Equal([new Audience(Audience.Entra, "tid")], OutcomeHandlers.Teams(new ApiCaller(ApiCallerKind.Entra, "tid")));
        Assert.Empty(OutcomeHandlers.Teams(ApiCaller.AnonymousDevelopment));
        Assert.Empty(OutcomeHandlers.Teams(new ApiCaller(ApiCallerKind.Key, "bare")));
        Assert.Empty(OutcomeHandlers.Teams(null));
    }
}
