namespace ModelStrategy.Channels.Slack.Work;

/// <summary>Does one kind of <see cref="SlackWork"/>; registered keyed by that work's type, which the worker looks up.</summary>
internal interface ISlackWorkHandler
{
    Task HandleAsync(SlackWork work, CancellationToken cancellationToken);
}

/// <summary>The typed base of a handler for <typeparamref name="TWork"/>.</summary>
internal abstract class SlackWorkHandler<TWork> : ISlackWorkHandler where TWork : SlackWork
{
    public Task HandleAsync(SlackWork work, CancellationToken cancellationToken) => HandleAsync((TWork)work, cancellationToken);

    protected abstract Task HandleAsync(TWork work, CancellationToken cancellationToken);
}
