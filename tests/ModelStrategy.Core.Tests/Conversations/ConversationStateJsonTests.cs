using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Conversations.State;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Tests.Conversations;

public sealed class ConversationStateJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deserialize_SerializedState_RoundTripsDialogHistoryAndDeliveries()
    {
        // Arrange
        var dialog = new DialogState
        {
            DialogId = "abc", Mode = DialogMode.Adjusting, Turn = 4, StepId = "adjust:budgetUsd", Origin = DialogOrigin.Quick,
            Prefill = new ProjectConstraints { DeadlineWeeks = 6, UseCase = "support bot" },
            Answers = [new AnswerRecord("need", ConstraintFields.Need, "both", "u1", "Ana", At), new AnswerRecord("data", ConstraintFields.DataQuality, null, "u2", "Ben", At)],
            LastRecommendationId = "r1", LastActivityAt = At,
        };
        var state = new ConversationState
        {
            Dialog = dialog,
            History = [new HistoryEntry("r1", PathId.Rag, "RAG", "$1k", At, "Ana", dialog.Known, "quick text")],
            RecentDeliveries = ["d1", "d2"],
        };

        // Act
        var back = ConversationStateJson.Deserialize(ConversationStateJson.Serialize(state));

        // Assert
        Assert.Equivalent(state, back, strict: true);
        Assert.Equal(Need.Both, back.Dialog!.Known.Need);
        Assert.Contains("\"mode\":\"Adjusting\"", ConversationStateJson.Serialize(state), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"dialog\":{\"turn\":\"x\"}}")]
    public void Deserialize_UnreadablePayload_StartsAfresh(string payload)
    {
        // Act
        var state = ConversationStateJson.Deserialize(payload);

        // Assert
        Assert.Null(state.Dialog);
        Assert.Empty(state.History);
    }
}
