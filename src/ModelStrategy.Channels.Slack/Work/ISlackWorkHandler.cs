namespace ModelStrategy.Channels.Slack.Work;

/// <summary>Does one kind of <see cref="SlackWork"/>; the worker picks the handler by the item's type.</summary>
internal interface ISlackWorkHandler
{
    Type WorkType { get; }

    Task HandleAsync(SlackWork work, CancellationToken cancellationToken);
}

/// <summary>The typed base of a handler for <typeparamref name="TWork"/>.</summary>
internal abstract class SlackWorkHandler<TWork> : ISlackWorkHandler where TWork : SlackWork
{
    public Type WorkType => typeof(TWork);

    public Task HandleAsync(SlackWork work, CancellationToken cancellationToken) => HandleAsync((TWork)work, cancellationToken);

    protected abstract Task HandleAsync(TWork work, CancellationToken cancellationToken);
}
