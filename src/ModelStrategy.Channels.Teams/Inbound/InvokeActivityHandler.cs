using Microsoft.Extensions.DependencyInjection;

namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>
/// Invokes, by name (<see cref="InvokeHandlers.ByName"/>): Action.Execute (<see cref="CardActionInvokeHandler"/>) and
/// the message extension's (MessageExtensions/). Other invokes get 501, as the SDK answers.
/// </summary>
internal sealed class InvokeActivityHandler(IServiceProvider services) : IActivityHandler
{
    public Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Name is { } name && InvokeHandlers.ByName.ContainsKey(name)
            ? services.GetRequiredKeyedService<IInvokeHandler>(name).HandleAsync(activity, cancellationToken)
            : Task.FromResult(new InboundResult(501));
}
