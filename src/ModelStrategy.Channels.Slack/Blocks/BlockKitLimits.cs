namespace ModelStrategy.Channels.Slack.Blocks;

/// <summary>
/// Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit: blocks, block elements, composition objects,
/// views), in one place for the renderer and its tests. Text over a limit is cut with an ellipsis, never sent.
/// </summary>
internal static class BlockKitLimits
{
    /// <summary>Blocks in one message (chat.postMessage, chat.update, response_url).</summary>
    public const int MessageBlocks = 50;

    /// <summary>Blocks in one modal view (also the Home tab).</summary>
    public const int ModalBlocks = 100;

    /// <summary>A section's <c>text</c>; any text object outside its own limit is capped here too.</summary>
    public const int SectionText = 3000;

    /// <summary>Items in a section's <c>fields</c>.</summary>
    public const int SectionFields = 10;

    /// <summary>One section field's text.</summary>
    public const int SectionFieldText = 2000;

    /// <summary>A header block's plain text.</summary>
    public const int HeaderText = 150;

    /// <summary>Elements of a context block.</summary>
    public const int ContextElements = 10;

    /// <summary>Elements of an actions block.</summary>
    public const int ActionsElements = 25;

    /// <summary>A button's text.</summary>
    public const int ButtonText = 75;

    /// <summary>A button's <c>value</c>, sent back in block_actions.</summary>
    public const int ButtonValue = 2000;

    /// <summary>A button's <c>url</c>.</summary>
    public const int ButtonUrl = 3000;

    /// <summary>The link when it fits a button's (and a mrkdwn link's) <c>url</c>; null otherwise.</summary>
    public static Uri? ButtonLink(Uri? url) => url is not null && url.AbsoluteUri.Length <= ButtonUrl ? url : null;

    /// <summary>An <c>action_id</c> (unique within its block).</summary>
    public const int ActionId = 255;

    /// <summary>A <c>block_id</c> (unique within its message or view).</summary>
    public const int BlockId = 255;

    /// <summary>Options of a static_select.</summary>
    public const int SelectOptions = 100;

    /// <summary>A select's placeholder text.</summary>
    public const int Placeholder = 150;

    /// <summary>An option's text.</summary>
    public const int OptionText = 75;

    /// <summary>An option's <c>value</c>.</summary>
    public const int OptionValue = 150;

    /// <summary>An input block's label.</summary>
    public const int InputLabel = 2000;

    /// <summary>An input block's hint.</summary>
    public const int InputHint = 2000;

    /// <summary>A plain_text_input's <c>max_length</c> (at most 3,000).</summary>
    public const int PlainTextInputLength = 3000;

    /// <summary>A modal's title.</summary>
    public const int ModalTitle = 24;

    /// <summary>A modal's submit and close button texts.</summary>
    public const int ModalButton = 24;

    /// <summary>A modal's <c>callback_id</c>.</summary>
    public const int CallbackId = 255;

    /// <summary>A modal's <c>private_metadata</c>.</summary>
    public const int PrivateMetadata = 3000;

    /// <summary>
    /// The message's top-level <c>text</c> (Slack truncates after 40,000); the fallback is a notification, so ours is
    /// kept far shorter.
    /// </summary>
    public const int FallbackText = 1000;

    /// <summary>
    /// Characters of text across all blocks of one message. Not a documented limit: chat.postMessage answers
    /// msg_blocks_too_long at about 13,200 characters with every block within its own limit (slackapi/bolt-js#2509, where
    /// Slack's staff named "12,000 text characters with a buffer for block containers"), and one report saw it at 11,341
    /// (slackapi/bolt-js#2867); we stay under 10,000.
    /// </summary>
    public const int MessageTextTotal = 10_000;

    /// <summary>
    /// Ours, not Slack's: the option texts of one select in a message share this many characters (long options are cut
    /// shorter than <see cref="OptionText"/>), so two full selects still leave room under <see cref="MessageTextTotal"/>.
    /// </summary>
    public const int MessageSelectText = 3000;
}
