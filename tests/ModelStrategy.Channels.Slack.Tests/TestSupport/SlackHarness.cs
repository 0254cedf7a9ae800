using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelStrategy.Channels.Slack.Work;
using ModelStrategy.Core.ChannelSupport.Deliveries;
using ModelStrategy.Core.ChannelSupport.Inbox;

namespace ModelStrategy.Channels.Slack.Tests.TestSupport;

/// <summary>
/// The Slack channel as AddSlackChannel wires it, with a fake clock, an in-memory delivery ledger and inbox, and a queue that
/// records the work instead of running it; requests run through the endpoints MapSlackChannel maps (its filter included),
/// without a server.
/// </summary>
internal sealed class SlackHarness : IDisposable
{
    public const string Secret = "harness-signing-secret";
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private readonly ServiceProvider _provider;
    private readonly Dictionary<string, RouteEndpoint> _endpoints;

    public SlackHarness(string secret = Secret, int queueCapacity = int.MaxValue, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Queue = new RecordingQueue(queueCapacity);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = secret,
            ["Slack:BotToken"] = "xoxb-harness-token",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddProvider(Logs))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddSlackChannel();
        services.Replace(ServiceDescriptor.Singleton<IDeliveryLedger>(Ledger));
        services.Replace(ServiceDescriptor.Singleton<ISlackWorkQueue>(Queue));
        services.AddSingleton<IInbox>(Inbox);
        services.AddRouting();
        _provider = services.BuildServiceProvider();
        var routes = new Routes(_provider);
        routes.MapSlackChannel();
        _endpoints = routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(e => "/" + e.RoutePattern.RawText!.TrimStart('/'), StringComparer.Ordinal);
    }

    public InMemoryLedger Ledger { get; } = new();

    public RecordingQueue Queue { get; }

    public InMemoryInbox Inbox { get; } = new();

    /// <summary>This instance's inbox owner name.</summary>
    public string Owner => _provider.GetRequiredService<IInboxOwner>().Id;

    public ListLoggerProvider Logs { get; } = new();

    /// <summary>
    /// Each queued work item next to the work read back from its inbox item (as a restarted instance reads it), both
    /// as JSON so nested lists and dictionaries compare by value.
    /// </summary>
    public IReadOnlyList<(string Queued, string ReadBack)> ReadBackFromInbox()
    {
        var items = Inbox.Items.ToDictionary(i => i.Key);
        return [.. Queue.Items.Select(work => (
            System.Text.Json.JsonSerializer.Serialize(work, work.GetType()),
            SlackInbox.Decode(items[work.InboxKey!]) is { } read ? System.Text.Json.JsonSerializer.Serialize(read, read.GetType()) : "nothing"))];
    }

    public Task<EndpointResponse> EventAsync(string json, IDictionary<string, string>? extraHeaders = null, bool sign = true) =>
        PostAsync(SlackChannelEndpointRouteBuilderExtensions.EventsRoute, json, "application/json", extraHeaders, sign);

    public Task<EndpointResponse> CommandAsync(string form, bool sign = true) =>
        PostAsync(SlackChannelEndpointRouteBuilderExtensions.CommandsRoute, form, "application/x-www-form-urlencoded", null, sign);

    public Task<EndpointResponse> InteractionAsync(string payloadJson, bool sign = true) =>
        PostAsync(SlackChannelEndpointRouteBuilderExtensions.InteractionsRoute, "payload=" + Uri.EscapeDataString(payloadJson),
            "application/x-www-form-urlencoded", null, sign);

    public async Task<EndpointResponse> PostAsync(string path, string body, string contentType, IDictionary<string, string>? extraHeaders, bool sign)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext { RequestServices = _provider };
        context.Request.Method = "POST";
        context.Request.Path = path;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        context.Response.Body = new MemoryStream();
        if (sign)
        {
            foreach (var (name, value) in Signer.Headers(Secret, Now.ToUnixTimeSeconds(), body))
            {
                context.Request.Headers[name] = value;
            }
        }

        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        var endpoint = _endpoints[path];
        context.SetEndpoint(endpoint);
        await endpoint.RequestDelegate!(context);
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return new EndpointResponse(context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync());
    }

    public void Dispose() => _provider.Dispose();
}

/// <summary>Where MapSlackChannel maps its endpoints in a harness: no server, no middleware.</summary>
internal sealed class Routes(IServiceProvider services) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => services;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
}

/// <summary>What an endpoint answered.</summary>
internal sealed record EndpointResponse(int Status, string? ContentType, string Body);

/// <summary>A work queue that keeps what it is given, refusing beyond a capacity.</summary>
internal sealed class RecordingQueue(int capacity) : ISlackWorkQueue
{
    private readonly List<SlackWork> _items = [];

    public IReadOnlyList<SlackWork> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public bool TryEnqueue(SlackWork work)
    {
        lock (_items)
        {
            if (_items.Count >= capacity)
            {
                return false;
            }

            _items.Add(work);
            return true;
        }
    }
}
