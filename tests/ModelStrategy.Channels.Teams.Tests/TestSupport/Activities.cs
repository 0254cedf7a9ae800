using System.Text.Json;
using ModelStrategy.Channels.Teams.Inbound;

namespace ModelStrategy.Channels.Teams.Tests.TestSupport;

/// <summary>Inbound payloads shaped as Teams sends them (teams.md §1.6).</summary>
internal static class Activities
{
    public const string PersonalMessage = """
        {"type":"message","id":"1485983408511","timestamp":"2017-02-01T21:10:07.437Z","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:1XJK","name":"Megan Bowen","aadObjectId":"7faf8ab2-0000"},
         "conversation":{"conversationType":"personal","id":"a:17I0kl","tenantId":"72f988bf-0000"},
         "recipient":{"id":"28:c9e8c047","name":"Teams TestBot"},"textFormat":"plain","text":"Hello",
         "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Windows","timezone":"America/Los_Angeles"}],
         "channelData":{"tenant":{"id":"72f988bf-0000"}},"locale":"en-US"}
        """;

    public const string ChannelMention = """
        {"type":"message","id":"1501","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:ana","name":"Ana","aadObjectId":"aad-ana"},
         "conversation":{"conversationType":"channel","isGroup":true,"id":"19:abc@thread.tacv2;messageid=1500","tenantId":"t1"},
         "recipient":{"id":"28:bot","name":"ModelStrategy"},
         "text":"<at>ModelStrategy</at> quick: budget 10k &amp; <at>Tom</at>is here",
         "entities":[{"type":"mention","text":"<at>ModelStrategy</at>","mentioned":{"id":"28:bot","name":"ModelStrategy"}},
                     {"type":"mention","text":"<at>Tom</at>","mentioned":{"id":"29:tom","name":"Tom"}}],
         "channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team"},"channel":{"id":"19:abc@thread.tacv2"}}}
        """;

    public const string Invoke = """
        {"type":"invoke","name":"adaptiveCard/action","id":"f:inv1","replyToId":"card-msg-1","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:1XJK","name":"Megan Bowen","aadObjectId":"7faf8ab2-0000"},
         "conversation":{"conversationType":"personal","id":"a:17I0kl","tenantId":"72f988bf-0000"},"recipient":{"id":"28:c9e8c047"},
         "value":{"action":{"type":"Action.Execute","id":"a1","verb":"answer",
                  "data":{"msDialogId":"d-1","msStepId":"gap","msCardVersion":3,"gap":"knowledge","budget":1200,"flag":true,"msteams":{"x":1}}},
                  "trigger":"manual"}}
        """;

    public const string Submit = """
        {"type":"message","id":"sub1","replyToId":"card-msg-2","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1XJK","name":"Megan Bowen"},"conversation":{"conversationType":"groupChat","isGroup":true,"id":"19:grp@thread.v2","tenantId":"t1"},
         "recipient":{"id":"28:c9e8c047"},"value":{"msAction":"answer","msDialogId":"d-2","msStepId":"deadline","msCardVersion":"4","deadline":"6"}}
        """;

    public static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;
}
