using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Conversations.Flow;
using ModelStrategy.Core.Tests.Conversations;
using ModelStrategy.Core.Tests.Properties;

namespace ModelStrategy.Core.Tests.Decision;

/// <summary>An assumption "matters" exactly when giving its other typical value recommends the path the line names.</summary>
public sealed class DecisiveAssumptionTests
{
    [Property(MaxTest = 150)]
    public Property Recommend_AnyConstraints_EachDecisiveAssumptionIsAssumedAndFlipsToTheNamedPath() => Prop.ForAll(ConstraintsGen.Arbitrary, constraints =>
    {
        var r = TestServices.Recommend(constraints);
        return r.Decisive.All(d =>
            r.Defaults.Any(x => x.Field == d.Field && x.Value == d.Assumed)
            && FieldValues.Set(constraints, d.Field, d.Alternative) is { } changed
            && TestServices.Recommend(changed).Path == d.NewPath
            && d.NewPath != r.Path
            && d.Line.StartsWith("I assumed ", StringComparison.Ordinal));
    });

    [Fact]
    public void Recommend_NothingStated_NamesTheDecisiveAssumptionsInPlainWords()
    {
        var r = TestServices.Recommend(new ProjectConstraints { Need = Need.Behavior, TaskType = TaskType.Extraction, Baseline = Baseline.Close });

        var labelled = Assert.Single(r.Decisive, d => d.Field == ConstraintFields.LabeledExamples);
        Assert.Equal("0", labelled.Assumed);
        Assert.StartsWith("I assumed no labelled data; with about ", labelled.Line, StringComparison.Ordinal);
        Assert.Contains(" labelled examples the recommendation would change to: ", labelled.Line, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Decisive, d => d.Field is ConstraintFields.Need or ConstraintFields.TaskType);
    }

    [Fact]
    public void Recommend_EverythingStated_HasNoDecisiveAssumption()
    {
        var r = TestServices.Recommend(new ProjectConstraints
        {
            TaskType = TaskType.Qa, Need = Need.Knowledge, KnowledgeChange = KnowledgeChange.Weekly, LabeledExamples = 0, DomainCorpusTokens = 0,
            DataQuality = DataQuality.Mixed, DomainNovelty = 1, BudgetUsd = 40_000, DeadlineWeeks = 6, LatencyP95Ms = 2000, RequestsPerDay = 1000,
            DataSensitivity = DataSensitivity.Internal, Governance = 2, Control = 1, MlExpertise = MlExpertise.Basic, Baseline = Baseline.Untried,
        });

        Assert.Empty(r.Defaults);
        Assert.Empty(r.Decisive);
    }

    [Fact]
    public async Task HandleAsync_ClickDecisiveAnswer_RecomputesTheCardInPlaceWithThatValue()
    {
        // Arrange: a quick triage that leaves the labelled data unstated.
        var driver = new DialogDriver();
        await driver.SayAsync("quick: extract fields from invoices into strict JSON, budget 60k, launch in 10 weeks");
        var first = driver.Result;
        var line = Assert.Single(first.Decisive, l => l.Answer!.Values[CardActionNames.FieldKey] == ConstraintFields.LabeledExamples);
        var answer = line.Answer!;

        // Act
        var reply = await driver.ClickAsync(answer.Name, answer.Values);

        // Assert
        Assert.Equal(ReplyDelivery.UpdateInPlace, reply.Delivery);
        var recomputed = driver.Result;
        Assert.NotEqual(first.RecommendationId, recomputed.RecommendationId);
        var stored = driver.Recommendations.Saved[recomputed.RecommendationId];
        Assert.Equal(int.Parse(answer.Values[CardActionNames.ValueKey], System.Globalization.CultureInfo.InvariantCulture), stored.Constraints.LabeledExamples);
        Assert.DoesNotContain(stored.Defaults, d => d.Field == ConstraintFields.LabeledExamples);
        Assert.Contains("labelled examples to", recomputed.Notice, StringComparison.Ordinal);
        var promised = Assert.Single(driver.Recommendations.Saved[first.RecommendationId].Decisive, d => d.Field == ConstraintFields.LabeledExamples);
        Assert.Equal(promised.NewPath, recomputed.Path);
    }

    [Fact]
    public async Task HandleAsync_DecisiveAnswerWithABadValue_AsksInsteadOfFailing()
    {
        var driver = new DialogDriver();
        await driver.SayAsync("quick: extract fields from invoices into strict JSON, budget 60k");

        var reply = await driver.ClickAsync(CardActionNames.Adjust, new Dictionary<string, string>
        {
            [CardActionNames.FieldKey] = ConstraintFields.LabeledExamples,
            [CardActionNames.ValueKey] = "lots",
        });

        Assert.Contains("couldn't use", Assert.IsType<QuestionCard>(reply.Cards[0]).Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_Card_ShowsDecisiveLinesWithoutButtons()
    {
        var r = TestServices.Recommend(new ProjectConstraints { Need = Need.Behavior, TaskType = TaskType.Extraction, Baseline = Baseline.Close });

        var card = RecommendationCards.Standalone(r);

        Assert.NotEmpty(card.Decisive);
        Assert.All(card.Decisive, line => Assert.Null(line.Answer));
    }
}
