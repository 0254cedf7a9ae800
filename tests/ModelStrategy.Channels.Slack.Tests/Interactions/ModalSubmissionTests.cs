using ModelStrategy.Channels.Slack.Interactions;
using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Channels.Slack.Tests.Interactions;

/// <summary>Modal values validated by Core's constraints reader, as the HTTP API validates a body.</summary>
public sealed class ModalSubmissionTests
{
    [Fact]
    public void Read_ChoicesAndText_Constraints()
    {
        var read = ModalSubmission.Read(new Dictionary<string, string>
        {
            [ConstraintFields.Need] = "knowledge",
            [ConstraintFields.BudgetUsd] = "200000",
            [ConstraintFields.DomainNovelty] = "3",
            ["text"] = "launch in 6 weeks",
        });

        Assert.True(read.IsValid);
        Assert.Equal(Need.Knowledge, read.Constraints.Need);
        Assert.Equal(200_000, read.Constraints.BudgetUsd);
        Assert.Equal(3, read.Constraints.DomainNovelty);
        Assert.Equal("launch in 6 weeks", read.Text);
    }

    [Theory]
    [InlineData(ConstraintFields.Need, "telepathy", "knowledge")]
    [InlineData(ConstraintFields.LabeledExamples, "-5", "integer")]
    [InlineData(ConstraintFields.BudgetUsd, "lots", "number")]
    [InlineData(ConstraintFields.DeadlineWeeks, "0", "weeks")]
    public void Read_BadValue_ErrorNamesTheFieldAndWhatIsAllowed(string field, string value, string allowed)
    {
        var read = ModalSubmission.Read(new Dictionary<string, string> { [field] = value });

        var error = Assert.Single(read.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(allowed, error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Nothing_ValidAndEmpty()
    {
        var read = ModalSubmission.Read(new Dictionary<string, string>());

        Assert.True(read.IsValid);
        Assert.Null(read.Text);
    }
}
