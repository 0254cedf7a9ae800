using System.Text.Json;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Constraints;

public sealed class ConstraintsJsonReaderTests
{
    [Fact]
    public void Read_AllFields_BindsEachByItsCamelCaseName()
    {
        var result = Read("""
            {"useCase":"support bot","taskType":"qa","need":"domain-language","knowledgeChange":"daily","labeledExamples":300,
             "domainCorpusTokens":5e8,"dataQuality":"clean","domainNovelty":4,"budgetUsd":40000,"deadlineWeeks":6,"latencyP95Ms":200,
             "requestsPerDay":1000,"dataSensitivity":"confidential","governance":3,"control":2,"mlExpertise":"none","baseline":"close",
             "baselineErrorRatePct":12.5}
            """);

        Assert.True(result.IsValid);
        Assert.Equal(new ProjectConstraints
        {
            UseCase = "support bot", TaskType = TaskType.Qa, Need = Need.DomainLanguage, KnowledgeChange = KnowledgeChange.Daily,
            LabeledExamples = 300, DomainCorpusTokens = 5e8, DataQuality = DataQuality.Clean, DomainNovelty = 4, BudgetUsd = 40000,
            DeadlineWeeks = 6, LatencyP95Ms = 200, RequestsPerDay = 1000, DataSensitivity = DataSensitivity.Confidential, Governance = 3,
            Control = 2, MlExpertise = MlExpertise.None, Baseline = Baseline.Close, BaselineErrorRatePct = 12.5,
        }, result.Constraints);
    }

    [Fact]
    public void Read_SeveralBadFields_NamesEachWithItsAllowedValues()
    {
        var result = Read("""{"dataQuality":"teal","domainNovelty":9,"budgetUsd":"lots","labeledExamples":2.5,"colour":"blue"}""");

        Assert.Equal(["budgetUsd", "colour", "dataQuality", "domainNovelty", "labeledExamples"], result.Errors.Select(e => e.Field).Order());
        Assert.Equal("clean, mixed, noisy", result.Errors.Single(e => e.Field == "dataQuality").Allowed);
        Assert.Equal("an integer from 0 to 5", result.Errors.Single(e => e.Field == "domainNovelty").Allowed);
        Assert.Contains("useCase", result.Errors.Single(e => e.Field == "colour").Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"budgetUsd":0}""", "budgetUsd")]
    [InlineData("""{"deadlineWeeks":-1}""", "deadlineWeeks")]
    [InlineData("""{"latencyP95Ms":0}""", "latencyP95Ms")]
    [InlineData("""{"baselineErrorRatePct":101}""", "baselineErrorRatePct")]
    [InlineData("""{"governance":6}""", "governance")]
    [InlineData("""{"labeledExamples":-3}""", "labeledExamples")]
    [InlineData("""{"labeledExamples":1e12}""", "labeledExamples")]
    [InlineData("""{"requestsPerDay":-1}""", "requestsPerDay")]
    public void Read_OutOfRange_NamesTheField(string json, string field)
    {
        var result = Read(json);

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Read_TextWithExplicitFields_KeepsBoth()
    {
        var result = Read("""{"text":"6 weeks, budget 40k","budgetUsd":90000}""");

        Assert.True(result.IsValid);
        Assert.Equal("6 weeks, budget 40k", result.Text);
        Assert.Equal(90000, result.Constraints.BudgetUsd);
    }

    [Fact]
    public void Read_NullValues_AreTreatedAsMissing()
    {
        var result = Read("""{"budgetUsd":null,"need":null}""");

        Assert.True(result.IsValid);
        Assert.Equal(new ProjectConstraints(), result.Constraints);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    public void Read_NotAnObject_IsOneError(string json) => Assert.Equal("$", Assert.Single(Read(json).Errors).Field);

    [Fact]
    public void Read_UseCaseTooLong_IsRejected()
    {
        var result = Read($$"""{"useCase":"{{new string('x', 501)}}"}""");

        Assert.Equal("useCase", Assert.Single(result.Errors).Field);
    }

    private static ConstraintsReadResult Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ConstraintsJsonReader.Read(document.RootElement);
    }
}
