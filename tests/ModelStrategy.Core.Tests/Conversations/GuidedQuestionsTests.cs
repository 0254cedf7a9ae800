using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.Flow;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class GuidedQuestionsTests
{
    [Fact]
    public void All_MirrorsTheDialogCatalogueInOrder()
    {
        var questions = GuidedQuestions.All;

        Assert.Equal(QuestionCatalog.Steps.Select(s => s.Id), questions.Select(q => q.Id));
        Assert.Equal(QuestionCatalog.Steps.Select(s => s.Title), questions.Select(q => q.Title));
        Assert.Equal(QuestionCatalog.Steps.SelectMany(s => s.Fields), questions.SelectMany(q => q.Inputs).Select(i => i.Field));
        Assert.Equal(QuestionCatalog.Steps.SelectMany(s => s.Inputs).Select(i => i.Choices), questions.SelectMany(q => q.Inputs).Select(i => i.Choices));
    }

    [Fact]
    public void All_TypicalIsTheStatedDefaultAndOneOfTheChoices()
    {
        var defaults = ConstraintDefaults.Resolve(new ProjectConstraints()).Defaults.ToDictionary(d => d.Field, d => d.Value);

        foreach (var input in GuidedQuestions.All.SelectMany(q => q.Inputs))
        {
            Assert.Equal(defaults[input.Field], input.Typical);
            Assert.Contains(input.Choices, c => c.Value == input.Typical);
            Assert.Null(input.Current);
        }
    }
}
