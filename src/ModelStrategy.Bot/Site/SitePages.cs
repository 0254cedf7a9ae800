namespace ModelStrategy.Bot.Site;

/// <summary>
/// The static pages' markup: plain, script-free, well-formed XHTML. They describe what the code does, so keep them
/// true when storage or channels change.
/// </summary>
internal static class SitePages
{
    public const string Home = """
        <!DOCTYPE html>
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head><meta charset="utf-8" /><title>ModelStrategy</title></head>
        <body>
        <h1>ModelStrategy</h1>
        <p>A chat bot for Microsoft Teams and Slack that recommends how to build an AI feature (prompting, retrieval,
        fine-tuning, continued pretraining or training from scratch) with cost and timeline ranges.</p>
        <p>Talk to it in Teams or Slack: say <code>start</code> for the guided questions or <code>help</code>.</p>
        <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p>
        </body>
        </html>
        """;

    public const string Privacy = """
        <!DOCTYPE html>
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head><meta charset="utf-8" /><title>ModelStrategy: privacy</title></head>
        <body>
        <h1>Privacy</h1>
        <p>This bot is operated by the organisation that installed it. Ask its administrators about this deployment.</p>
        <h2>What it keeps</h2>
        <ul>
        <li>The answers you give and the text of a quick request, with the recommendation computed from them.</li>
        <li>Per conversation: the open dialog, a short list of recent recommendations and the ids of recent
        messages (to ignore repeats). A dialog with no activity is closed after a configured time.</li>
        </ul>
        <p>It keeps them in the store its operators chose: in a database file until they delete them, or in Redis, where
        a conversation is dropped after a configured time without activity.</p>
        <h2>Who sees it</h2>
        <p>Recommendations are computed inside the bot: your messages are not sent to any AI service or other third
        party. The bot only calls the Teams or Slack service to reply. Anyone with a recommendation's link can open it.</p>
        </body>
        </html>
        """;

    public const string Terms = """
        <!DOCTYPE html>
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head><meta charset="utf-8" /><title>ModelStrategy: terms of use</title></head>
        <body>
        <h1>Terms of use</h1>
        <p>This bot is provided by the organisation that installed it, under that organisation's policies.</p>
        <p>Its recommendations are estimates: costs and timelines are ranges computed from published figures and
        your answers, not quotes or guarantees. Check them before you commit money or dates.</p>
        </body>
        </html>
        """;
}
