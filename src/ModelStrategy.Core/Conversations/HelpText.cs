namespace ModelStrategy.Core.Conversations;

/// <summary>The help reply.</summary>
internal static class HelpText
{
    public const string Text = """
        I help you decide how to build an AI feature: prompting, RAG, fine-tuning, continued pretraining or training from scratch.
        • start: a few guided questions, one at a time (back, skip and cancel work at every step)
        • quick …: one message with what you know, e.g. "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k"
        • after a result: adjust (e.g. "adjust budget 80k"), refine, compare, assumptions, share
        • review in 3 months (or 1, 6, 12): I'll ask again then with that day's prices and post what changed · reminders: the reviews set here
        • went with rag (the path you actually took) · outcome 10 weeks, $40k (about what it took, once launched)
        • history: recent recommendations here · restart: begin again · cancel: stop the dialog
        """;
}
