using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModelStrategy.Channels.Teams.Cards;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>
/// User text in any card (typed answers, display names, commands, quick text, every text field of every card kind)
/// renders as the characters typed: judged by Markdig, a CommonMark parser we did not write, with the extensions of
/// richer renderers (strikethrough, tables) on. No link but our own report links, no heading, list, quote, code, HTML
/// or rule, and emphasis only where the renderer itself puts a name in bold.
/// </summary>
public sealed class MarkdownInjectionTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UsePipeTables().Build();

    public static TheoryData<string> Texts => [.. HostileCards.Texts];

    [Fact]
    public async Task Render_HostileInputThroughTheEngine_NoCardTextIsMarkup()
    {
        var cards = await HostileCards.FromEngineAsync();

        foreach (var (name, card) in cards)
        {
            AssertPlain(name, CardJson.Render(card));
        }

        // What the user typed is shown as typed: the answer in the notice, the name in "… answered:", the command.
        foreach (var (text, i) in HostileCards.Texts.Select((t, i) => (t, i)).Where(p => !p.t.Contains('\n', StringComparison.Ordinal)))
        {
            Assert.Contains(Plain(CardJson.Render(cards[$"typed-answer-{i}"])), s => s.Contains($"\"{text}\"", StringComparison.Ordinal));
            Assert.Contains(Plain(CardJson.Render(cards[$"display-name-{i}"])), s => s.StartsWith(text + " answered:", StringComparison.Ordinal));
            Assert.Contains(Plain(CardJson.Render(cards[$"unknown-command-{i}"])), s => s.Contains($"\"{text.Trim().ToLowerInvariant()}\"", StringComparison.Ordinal));
            Assert.Contains(Plain(CardJson.Render(cards[$"history-{i}"])), s => s.StartsWith(text + " · ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Render_HostileTextInEveryFieldOfEveryCardKind_ShownAsTyped(string text)
    {
        foreach (var (kind, card) in HostileCards.EveryKind(text, CardSamples.Cards))
        {
            var rendered = CardJson.Render(card);

            AssertPlain(kind, rendered);
            var shown = Plain(rendered);
            foreach (var line in text.Split('\n'))
            {
                Assert.True(shown.Any(s => s.Contains(line, StringComparison.Ordinal)), $"{kind}: \"{line}\" is not shown as typed");
            }
        }
    }

    [Theory]
    [InlineData("plain words, 2.5 weeks (maybe) - or 3", "plain words, 2.5 weeks (maybe) - or 3")]
    [InlineData("[x](https://e.example)", @"\[x\](https://e.example)")]
    [InlineData("a*b_c`d~e|f<g>h&i\\j", @"a\*b\_c\`d\~e\|f\<g\>h\&i\\j")]
    [InlineData("# h\n## h2\n- a\n+ b\n1. c\n2) d\n---\n===", "\\# h\n\\## h2\n\\- a\n\\+ b\n1\\. c\n2\\) d\n\\---\n\\===")]
    [InlineData("   # indented\n#hashtag\n-5 degrees\n2.5 weeks", "   \\# indented\n#hashtag\n-5 degrees\n2.5 weeks")]
    public void Escape_EscapesOnlyWhatCouldBeMarkup(string text, string expected)
    {
        Assert.Equal(expected, AdaptiveMarkdown.Escape(text));
        Assert.Equal(expected != text, AdaptiveMarkdown.NeedsEscape(text));
    }

    /// <summary>Every TextBlock text and fact of <paramref name="card"/> parses to plain text (see the class summary).</summary>
    private static void AssertPlain(string name, JsonObject card)
    {
        foreach (var text in Shown(card))
        {
            foreach (var node in Markdown.Parse(text, Pipeline).Descendants())
            {
                switch (node)
                {
                    case ParagraphBlock or LiteralInline or LineBreakInline or ContainerInline { Parent: null }:
                        break;
                    case LinkInline link:
                        Assert.True(link.Url?.StartsWith(CardJson.BaseUrl.AbsoluteUri, StringComparison.Ordinal) == true, $"{name}: a link to {link.Url} in \"{text}\"");
                        break;
                    case EmphasisInline { DelimiterChar: '*', DelimiterCount: 2 } bold:
                        var words = Literal(bold);
                        Assert.True(HostileCards.Texts.Contains(words) || PathCatalog.All.Any(p => p.Name == words), $"{name}: \"{words}\" in bold in \"{text}\"");
                        break;
                    default:
                        Assert.Fail($"{name}: \"{text}\" renders a {node.GetType().Name}");
                        break;
                }
            }
        }
    }

    /// <summary>Each TextBlock and fact as a reader sees it: the literal text Markdig makes of it.</summary>
    private static List<string> Plain(JsonObject card) =>
        [.. Shown(card).Select(text => string.Concat(Markdown.Parse(text, Pipeline).Descendants<ParagraphBlock>().Select(p => Literal(p.Inline!))))];

    private static IEnumerable<string> Shown(JsonObject card) =>
        CardJson.Texts(card).Concat(CardJson.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray())
            .SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }));

    /// <summary>The text of <paramref name="container"/>'s literals, with its line breaks.</summary>
    private static string Literal(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                LineBreakInline => "\n",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
