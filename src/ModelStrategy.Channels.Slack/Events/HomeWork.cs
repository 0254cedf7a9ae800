using System.Text.Json;
using ModelStrategy.Channels.Slack.Inbound;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Events;

/// <summary>A person opened the app's Home tab: publish it for them (<see cref="HomeHandler"/>).</summary>
/// <param name="UserId">Who opened it; the Home tab is theirs alone.</param>
internal sealed record HomeWork(string UserId) : SlackWork
{
    public const string EventType = "app_home_opened";

    public override string Partition => "home|" + UserId;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Handler<HomeHandler>(services).HandleAsync(this, cancellationToken);

    /// <summary>
    /// Reads an <c>app_home_opened</c> event: work only for the Home tab (<c>tab: home</c>), not the Messages tab, and
    /// only with a well-formed user.
    /// </summary>
    public static EventReading Read(JsonElement inner, string team)
    {
        if (inner.String("tab") != "home")
        {
            return new EventReading(null, $"{EventType} on the {inner.String("tab") ?? "(no)"} tab");
        }

        return inner.String("user") is { } user && SlackIds.AreWellFormed(user, team)
            ? new EventReading(new HomeWork(user), EventType)
            : new EventReading(null, $"{EventType} without a well-formed user");
    }
}
