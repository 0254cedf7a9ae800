using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;
using ModelStrategy.Core.Reviews;

namespace ModelStrategy.Core.Tests.Reviews;

public sealed class ReviewCommandTests
{
    [Theory]
    [InlineData("in 3 months", 3)]
    [InlineData("me in a year", 12)]
    [InlineData("in 12 months", 12)]
    [InlineData("1 month", 1)]
    [InlineData("6", 6)]
    [InlineData("in six months", 6)]
    [InlineData("In One Month", 1)]
    [InlineData("in 2 months", null)]
    [InlineData("in 3 weeks", null)]
    [InlineData("later", null)]
    [InlineData("", null)]
    public void ParseMonths_OnlyTheOfferedPeriods(string text, int? months) => Assert.Equal(months, ReviewCommand.ParseMonths(text));

    [Theory]
    [InlineData("review in 3 months", "Schedule", 3)]
    [InlineData("remind me in a year", "Schedule", 12)]
    [InlineData("review", "Offer", null)]
    [InlineData("review later", "Offer", null)]
    [InlineData("review in 2 months", "Offer", null)]
    [InlineData("reminders", "List", null)]
    [InlineData("Reviews.", "List", null)]
    public void From_TypedText_IsTheCommand(string text, string kind, int? months)
    {
        var command = ReviewCommand.From(Text(text));

        Assert.Equal((kind, months), (command?.Kind.ToString(), command?.Months));
    }

    [Theory]
    [InlineData("quick: launch in 6 weeks")]
    [InlineData("reviewing our documents weekly")]
    [InlineData("history")]
    public void From_OtherText_IsNoReviewCommand(string text) => Assert.Null(ReviewCommand.From(Text(text)));

    [Fact]
    public void From_Clicks_CarryTheRecommendationPeriodAndReminder()
    {
        var review = ReviewCommand.From(Click(CardActionNames.Review, new() { [CardActionNames.RecommendationKey] = "abcdefghijkm", [CardActionNames.MonthsKey] = "6" }));
        var cancel = ReviewCommand.From(Click(CardActionNames.CancelReview, new() { [CardActionNames.ReminderKey] = "mnpqrstuvwxy" }));
        var odd = ReviewCommand.From(Click(CardActionNames.Review, new() { [CardActionNames.MonthsKey] = "5" }));

        Assert.Equal(new ReviewCommand(ReviewCommandKind.Schedule, "abcdefghijkm", 6), review);
        Assert.Equal(new ReviewCommand(ReviewCommandKind.Cancel, ReminderId: "mnpqrstuvwxy"), cancel);
        Assert.Equal(ReviewCommandKind.Offer, odd?.Kind);
    }

    private static TextMessageInput Text(string text) => new()
    {
        Key = ConversationKey.Personal("teams", "t", "u"), Actor = new("u", "Ana"), DeliveryId = "d1", MessageId = "m1", Text = text,
    };

    private static CardActionInput Click(string action, Dictionary<string, string> values) => new()
    {
        Key = ConversationKey.Personal("teams", "t", "u"), Actor = new("u", "Ana"), DeliveryId = "d1", Action = action, Values = values,
    };
}
