namespace ModelStrategy.Bot.Tests.EndToEnd.Teams;

/// <summary>Activities as the Agents Playground / Teams send them (teams.md §1.6), pointed at a loopback serviceUrl.</summary>
internal static class TeamsPayloads
{
    public const string ServiceUrl = "http://localhost:56150/_connector";

    /// <summary>The Entra tenant of <see cref="Message"/> and <see cref="Invoke"/>.</summary>
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";

    public static string Message(string id, string text, string conversation = "a:personal-1") => $$$"""
        {"type":"message","id":"{{{id}}}","timestamp":"2026-02-01T21:10:07.437Z","serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020"},
         "conversation":{"conversationType":"personal","id":"{{{conversation}}}","tenantId":"00000000-0000-0000-0000-0000000000001"},
         "recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},"textFormat":"plain","text":"{{{text}}}",
         "entities":[{"type":"clientInfo","locale":"en-US"}],"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"}},"locale":"en-US"}
        """;

    public static string Invoke(string id, string verb, string conversation = "a:personal-1", string data = "{}") => $$$"""
        {"type":"invoke","name":"adaptiveCard/action","id":"{{{id}}}","replyToId":"bot-1","serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020"},
         "conversation":{"conversationType":"personal","id":"{{{conversation}}}","tenantId":"00000000-0000-0000-0000-0000000000001"},
         "recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},
         "value":{"action":{"type":"Action.Execute","verb":"{{{verb}}}","data":{{{data}}}},"trigger":"manual"}}
        """;

    public static string Install(string type, string id, string conversationType = "personal", string conversation = "a:install-1") => $$$"""
        {"type":"{{{type}}}","id":"{{{id}}}","action":"add","serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex Wilber"},"recipient":{"id":"bot-id","name":"Test Bot"},
         "membersAdded":[{"id":"bot-id"}],
         "conversation":{"conversationType":"{{{conversationType}}}","id":"{{{conversation}}}","tenantId":"t"}}
        """;
}
