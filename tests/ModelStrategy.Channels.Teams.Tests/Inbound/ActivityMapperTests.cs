using ModelStrategy.Channels.Teams.Inbound;
using ModelStrategy.Channels.Teams.Tests.TestSupport;
using ModelStrategy.Core.Cards;
using ModelStrategy.Core.Conversations;

namespace ModelStrategy.Channels.Teams.Tests.Inbound;

[Trait("Category", "Contract")]
public sealed class ActivityMapperTests
{
    [Fact]
    public void Text_PersonalMessage_KeysByUserAndPassesActivityId()
    {
        var activity = Activities.Parse(Activities.PersonalMessage);

        var input = ActivityMapper.Text(activity, MentionStripper.Strip(activity));

        Assert.Equal(ConversationKey.Personal("teams", "72f988bf-0000", "7faf8ab2-0000"), input.Key);
        Assert.Equal("1485983408511", input.DeliveryId);
        Assert.Equal("Hello", input.Text);
        Assert.Equal(new Actor("7faf8ab2-0000", "Megan Bowen"), input.Actor);
    }

    [Theory]
    [InlineData(Activities.ChannelMention, "19:abc@thread.tacv2", "1500")] // a channel thread: the channel and its root message
    [InlineData(Activities.Submit, "19:grp@thread.v2", "")] // a group chat: the conversation
    public void Key_SharedConversation_KeysByConversationAndThreadRoot(string activity, string conversationId, string root)
    {
        var key = ActivityMapper.Key(Activities.Parse(activity));

        Assert.Equal(ConversationKey.Thread("teams", "t1", conversationId, root), key);
    }

    [Fact]
    public void Strip_BotMentionAndOtherMentions_LeavesPlainText()
    {
        var text = MentionStripper.Strip(Activities.Parse(Activities.ChannelMention));

        Assert.Equal("quick: budget 10k & Tom is here", text);
    }

    [Fact]
    public void FromInvoke_ExecuteAction_ReadsVerbContextAndValues()
    {
        var data = CardActionReader.FromInvoke(Activities.Parse(Activities.Invoke));

        Assert.NotNull(data);
        Assert.Equal("answer", data.Action);
        Assert.Equal(new CardContext("d-1", "gap", 3), data.Context);
        Assert.Equal(new Dictionary<string, string> { ["gap"] = "knowledge", ["budget"] = "1200" }, data.Values);
    }

    [Fact]
    public void FromSubmit_SubmitValue_ReadsActionFromDataAndStringVersion()
    {
        var activity = Activities.Parse(Activities.Submit);

        var input = ActivityMapper.CardAction(activity, CardActionReader.FromSubmit(activity)!);

        Assert.Equal("answer", input.Action);
        Assert.Equal(new CardContext("d-2", "deadline", 4), input.Context);
        Assert.Equal("6", input.Values["deadline"]);
        Assert.Single(input.Values);
        Assert.Equal("sub1", input.DeliveryId);
    }

    [Fact]
    public void FromSubmit_NoAction_ReturnsNull()
    {
        var activity = Activities.Parse(Activities.Submit) with { Value = System.Text.Json.Nodes.JsonNode.Parse("""{"deadline":"6"}""") };

        Assert.Null(CardActionReader.FromSubmit(activity));
    }

    [Fact]
    public void FromInvoke_MissingContextParts_ContextNull()
    {
        var activity = Activities.Parse(Activities.Invoke) with
        {
            Value = System.Text.Json.Nodes.JsonNode.Parse("""{"action":{"verb":"help","data":{"msDialogId":"d"}}}"""),
        };

        var data = CardActionReader.FromInvoke(activity);

        Assert.Equal("help", data!.Action);
        Assert.Null(data.Context);
        Assert.Empty(data.Values);
    }

    [Fact]
    public void Parse_UnknownFields_AreToleratedAndKept()
    {
        var activity = Activities.Parse("""{"type":"message","brandNew":{"x":1},"text":"hi"}""");

        Assert.Equal("hi", activity.Text);
        Assert.True(activity.Extra!.ContainsKey("brandNew"));
    }
}
