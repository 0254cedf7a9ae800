using System.Globalization;
using ModelStrategy.Core.Triage;

namespace ModelStrategy.Core.Tests.Triage;

/// <summary>Relative and calendar deadlines, as the table in tests/triage-corpus/LABELLING.md fixes them.</summary>
public sealed class TriageCalendarTests
{
    public static TheoryData<string, string, double> Deadlines => new()
    {
        { "launch in 6 weeks", "2026-03-02", 6 },
        { "we could go live next week", "2026-03-02", 1 },
        { "launch next month", "2026-03-02", 4.33 },
        { "go live next quarter", "2026-03-02", 13 },
        { "we want it live next year", "2026-03-02", 52 },
        { "ship within a year", "2026-03-02", 52 },
        { "we need it this month", "2026-03-02", 4.14 },
        { "partners want it this quarter", "2026-03-02", 4.14 },
        { "live by the end of the quarter", "2026-03-02", 4.14 },
        { "launch EOQ", "2026-03-02", 4.14 },
        { "target: end of year", "2026-03-02", 43.43 },
        { "live by year end", "2026-03-02", 43.43 },
        { "launch EOY", "2026-03-02", 43.43 },
        { "I want it by the end of this year", "2026-03-02", 43.43 },
        { "need it by March", "2026-03-02", 4.14 },
        { "launch in March", "2026-03-02", 4.14 },
        { "deadline: end of March", "2026-03-02", 4.14 },
        { "we're aiming for a March launch", "2026-03-02", 4.14 },
        { "by Q3", "2026-03-02", 30.29 },
        { "ship in Q3", "2026-03-02", 30.29 },
        { "go-live end of Q3", "2026-03-02", 30.29 },
        { "Q3 launch", "2026-03-02", 30.29 },
        { "GA in H1", "2026-03-02", 17.14 },
        { "to ship in H2", "2026-03-02", 43.43 },
        { "launch target is the first half of next year", "2026-03-02", 69.29 },
        { "want it before March", "2026-01-12", 6.71 },
        { "want it before Q3", "2026-03-02", 17.14 },
        { "live in early March", "2026-01-12", 6.86 },
        { "launch at the beginning of March", "2026-01-12", 6.86 },
        { "needs to be running by mid-March", "2026-01-12", 8.86 },
        { "by March 15", "2026-01-12", 8.86 },
        { "go-live June 1st", "2026-03-02", 13 },
        { "Deadline: 1 December", "2026-08-03", 17.14 },
        { "can we have something by the 15th of December?", "2027-11-15", 4.29 },
        { "need it by March", "2026-12-07", 16.29 },
        { "due end of Q4", "2026-12-07", 3.43 },
        { "beta in 6 weeks, GA end of Q3", "2026-04-06", 25.29 },
        { "pilot in 4 weeks, full rollout 4 months from now", "2026-04-13", 17.33 },
        { "it's not 6 weeks, the launch is next month", "2027-03-15", 4.33 },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Parse_DeadlineReadOnADay_GivesTheGuidesWeeks(string text, string readOn, double weeks)
    {
        var result = TriageParser.Parse(text, DateOnly.Parse(readOn, CultureInfo.InvariantCulture));

        Assert.Equal(weeks, Math.Round(result.Constraints.DeadlineWeeks ?? double.NaN, 2));
        Assert.Contains(Assert.Single(result.Understood, u => u.Field == "deadlineWeeks").Phrase, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("need it by March")]
    [InlineData("launch by end of Q3")]
    [InlineData("partners want it this quarter")]
    [InlineData("go-live June 1st")]
    public void Parse_CalendarDateWithoutTheDay_IsNotRead(string text)
    {
        Assert.Null(TriageParser.Parse(text).Constraints.DeadlineWeeks);
    }

    [Theory]
    [InlineData("Ops sync 20/4\n- Next sync May 4")]
    [InlineData("Action: CX to send volume estimate by Feb 6")]
    [InlineData("decision on approach by end of Q1")]
    [InlineData("we tried a RAG demo in Feb")]
    [InlineData("Product review recap (Oct 26)")]
    public void Parse_DateOfAMeetingOrActionOrThePast_IsNotADeadline(string text)
    {
        Assert.Null(TriageParser.Parse(text, new DateOnly(2026, 1, 12)).Constraints.DeadlineWeeks);
    }
}
