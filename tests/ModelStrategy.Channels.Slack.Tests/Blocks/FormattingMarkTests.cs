using System.Text.Json.Nodes;
using ModelStrategy.Channels.Slack.Blocks;

namespace ModelStrategy.Channels.Slack.Tests.Blocks;

/// <summary>
/// mrkdwn has no escape for *bold*, _italic_, ~strike~ and `code`, so in text we did not write each mark becomes a
/// look-alike Slack does not read as one (∗ ˍ ∼ ˋ); &amp;, &lt; and &gt; stay escaped, so no link or mention either.
/// </summary>
public sealed class FormattingMarkTests
{
    /// <summary><see cref="HostileCards.Emphasis"/> as the cards must show it.</summary>
    private const string EmphasisShown = "∗∗urgent∗∗ ˍnowˍ ∼∼gone∼∼ ˋcodeˋ";

    public static TheoryData<string> Texts => [.. HostileCards.Texts];

    [Fact]
    public async Task Render_HostileInputThroughTheEngine_NoMarkFromTheUserSurvives()
    {
        var cards = await HostileCards.FromEngineAsync();
        var emphasis = HostileCards.Texts.ToList().IndexOf(HostileCards.Emphasis);

        foreach (var (name, card) in cards)
        {
            AssertNoUserMarks(name, Mrkdwn(Renderers.Create().Render(card)));
        }

        // The typed answer, the display name and the command come back as typed, marks turned into look-alikes.
        Assert.Contains(EmphasisShown, Mrkdwn(Renderers.Create().Render(cards[$"typed-answer-{emphasis}"])), StringComparison.Ordinal);
        Assert.Contains(EmphasisShown + " answered:", Mrkdwn(Renderers.Create().Render(cards[$"display-name-{emphasis}"])), StringComparison.Ordinal);
        Assert.Contains(EmphasisShown, Mrkdwn(Renderers.Create().Render(cards[$"history-{emphasis}"])), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Render_HostileTextInEveryFieldOfEveryCardKind_NoMarkFromTheUserSurvives(string text)
    {
        foreach (var (kind, card) in HostileCards.EveryKind(text, CardSamples.Cards))
        {
            AssertNoUserMarks(kind, Mrkdwn(Renderers.Create().Render(card)));
        }
    }

    [Theory]
    [InlineData("*bold* _it_ ~no~ `x`", "∗bold∗ ˍitˍ ∼no∼ ˋxˋ")]
    [InlineData("<https://evil.example|Sign in> & co", "&lt;https://evil.example|Sign in&gt; &amp; co")]
    [InlineData("plain", "plain")]
    public void Escape_MarksAndControlCharacters_Neutralised(string text, string expected)
    {
        Assert.Equal(expected, ModelStrategy.Channels.Slack.Blocks.Mrkdwn.Escape(text));
    }

    /// <summary>Every mrkdwn text of the message (plain_text is never formatted) and its notification text.</summary>
    private static string Mrkdwn(SlackMessageContent message) => string.Join("\n", MrkdwnTexts(message.Blocks).Append(message.Text));

    private static IEnumerable<string> MrkdwnTexts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "mrkdwn" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => MrkdwnTexts(p.Value)),
        JsonArray a => a.SelectMany(MrkdwnTexts),
        _ => [],
    };

    /// <summary>None of the hostile texts' marked-up spans appears with its ASCII marks, and no link or mention opens.</summary>
    private static void AssertNoUserMarks(string name, string all)
    {
        foreach (var marked in new[] { "*urgent*", "_now_", "~gone~", "`code`", "<https://evil", "<b>", "<img", "\\*" })
        {
            Assert.False(all.Contains(marked, StringComparison.Ordinal), $"{name}: \"{marked}\" reaches Slack as typed");
        }
    }
}
