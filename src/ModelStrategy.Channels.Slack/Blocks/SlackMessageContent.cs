using System.Text.Json.Nodes;
using ModelStrategy.Core.Cards;

namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>A Slack message body: <c>text</c> is the notification and accessibility fallback, always non-empty.</summary>
/// <param name="Text">The plain-text fallback.</param>
/// <param name="Blocks">The Block Kit blocks.</param>
internal sealed record SlackMessageContent(string Text, JsonArray Blocks);

/// <summary>A click read from Slack, ready to become a <c>CardActionInput</c>.</summary>
/// <param name="Name">The command, one of <see cref="CardActionNames"/>.</param>
/// <param name="Context">The card context the button carried; null for buttons outside a dialog.</param>
/// <param name="Values">The button's fixed values and any selected values, keyed by field.</param>
internal sealed record SlackCardAction(string Name, CardContext? Context, IReadOnlyDictionary<string, string> Values);
