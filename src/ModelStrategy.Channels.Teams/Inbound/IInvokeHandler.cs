namespace ModelStrategy.Channels.Teams.Inbound;

/// <summary>Answers the invokes <see cref="InvokeHandlers.ByName"/> gives it; <see cref="InvokeActivityHandler"/> picks one by name.</summary>
internal interface IInvokeHandler
{
    /// <summary>The invoke's HTTP answer: Teams reads the result from the response body.</summary>
    Task<InboundResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
