using ModelStrategy.Channels.Slack.Blocks;
using System.Text.Json.Nodes;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Every message of the payload corpus (samples with and without a public base URL, the sweep, the edge cases) and the
/// modal render to the Block Kit recorded in Golden/block-kit-messages.json, compared semantically
/// (<see cref="GoldenJson"/>). The file was recorded from the JsonObject-tree renderer, so any change of output by a
/// rewrite shows up here.
/// </summary>
public sealed class GoldenMessageTests
{
    private const string Recorded = "tests/ModelStrategy.Channels.Slack.Tests/Blocks/Golden/block-kit-messages.json";

    [Fact]
    public void Render_EveryCorpusMessage_MatchesRecordedJson()
    {
        var messages = PayloadCorpus.Messages()
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m.Name, (JsonNode?)new JsonObject { ["text"] = m.Message.Text, ["blocks"] = m.Message.Blocks.DeepClone() }))
            .Append(("modal", ModalView.Render("{\"c\":\"C0CHANNEL\"}")));

        var different = GoldenJson.Compare(Recorded, messages);

        Assert.Empty(different);
    }
}
