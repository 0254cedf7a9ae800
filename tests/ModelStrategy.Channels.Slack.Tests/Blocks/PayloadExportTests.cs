using System.Text.Json;
using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// Writes every payload of <see cref="PayloadCorpus"/> and the modal as JSON for tests/slack-types/check.sh, which
/// type-checks them against Slack's @slack/types. Folder: $SLACK_PAYLOADS, else artifacts/slack-payloads.
/// </summary>
[Trait("Category", "Contract")]
public sealed class PayloadExportTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Export_EveryPayload_WrittenForTheTypeCheck()
    {
        var folder = Folder();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var messages = Directory.CreateDirectory(Path.Combine(folder, "messages")).FullName;
        var views = Directory.CreateDirectory(Path.Combine(folder, "views")).FullName;
        var written = 0;
        foreach (var (name, message) in PayloadCorpus.Messages())
        {
            Write(Path.Combine(messages, name + ".json"), new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() });
            written++;
        }

        Write(Path.Combine(views, "modal.json"), ModalView.Render(string.Empty));
        Write(Path.Combine(views, "modal-longest-metadata.json"), ModalView.Render(new string('m', BlockKitLimits.PrivateMetadata)));
        foreach (var (name, view) in PayloadCorpus.HomeViews())
        {
            Write(Path.Combine(views, name + ".json"), view);
        }

        Assert.Equal(written, Directory.GetFiles(messages, "*.json").Length);
        Assert.True(written > 50, $"only {written} message payloads");
        var back = JsonNode.Parse(File.ReadAllText(Path.Combine(views, "modal.json")))!;
        Assert.True(JsonNode.DeepEquals(ModalView.Render(string.Empty), back));
    }

    private static void Write(string path, JsonNode node) => File.WriteAllText(path, node.ToJsonString(Indented));

    private static string Folder()
    {
        if (Environment.GetEnvironmentVariable("SLACK_PAYLOADS") is { Length: > 0 } configured)
        {
            return configured;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "artifacts", "slack-payloads");
    }
}
