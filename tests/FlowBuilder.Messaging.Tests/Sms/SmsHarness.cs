using FlowBuilder.Activities;
using FlowBuilder.Data;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Messaging.Sms;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Messaging.Tests.Sms;

/// <summary>The SMS service as the server wires it (AddFlowBuilder + AddFlowBuilderMessaging), over a fake transport
/// (none when null), a fake clock, and in-memory stores or a SQLite file.</summary>
internal sealed class SmsHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ServiceProvider _services;
    private readonly IHostedService _hosted;
    private readonly FakeSmsTransport? _transport;
    private bool _started;

    public SmsHarness(FakeSmsTransport? transport, string? databaseFile = null, FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null, IMeter? meter = null)
    {
        _transport = transport;
        Clock = clock ?? new FakeTimeProvider();
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["FlowBuilder:Sms:DefaultFrom"] = "FlowBuilder",
        };
        if (databaseFile is not null) values["FlowBuilder:Database:ConnectionString"] = $"Data Source={databaseFile};Pooling=false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddFlowBuilder(f => f.AddBuiltInActivities());
        if (meter is not null) services.AddSingleton(meter);
        if (databaseFile is not null) services.AddFlowBuilderData(configuration);
        services.AddSingleton<IEventPublisher>(Events);
        if (transport is not null) services.AddSingleton<ISmsTransport>(transport);
        services.AddFlowBuilderMessaging(configuration);
        _services = services.BuildServiceProvider();
        _hosted = _services.GetServices<IHostedService>().OfType<SmsHostedService>().Single();
    }

    public FakeTimeProvider Clock { get; }
    public RecordingEventPublisher Events { get; } = new();
    public SmsService Service => _services.GetRequiredService<SmsService>();
    public ISmsGateway Gateway => _services.GetRequiredService<ISmsGateway>();
    public ISmsMessageStore Messages => _services.GetRequiredService<ISmsMessageStore>();
    public ISmsOptOutStore OptOuts => _services.GetRequiredService<ISmsOptOutStore>();
    public FlowEngine Engine => _services.GetRequiredService<FlowEngine>();
    public FlowCatalog Flows => _services.GetRequiredService<FlowCatalog>();

    public ExecutablePlan Compile(FlowDefinition flow) =>
        _services.GetRequiredService<FlowCompiler>().Compile(flow).Plan ?? throw new InvalidOperationException($"Flow '{flow.Id}' does not compile.");

    /// <summary>Starts the transports and the dispatcher, as the host does.</summary>
    public async Task<SmsHarness> StartAsync()
    {
        await _hosted.StartAsync(CancellationToken.None);
        _started = true;
        if (_transport is not null) await _transport.Started.WaitAsync(Patience);
        return this;
    }

    public Task<SmsSendResult> SendAsync(string to, string text, string? instanceId = null) =>
        Gateway.SendAsync(new SmsRequest("default", to, null, text, instanceId)).AsTask();

    /// <summary>Completes when the stored message has <paramref name="status"/> (at once if it already has).</summary>
    public Task<SmsMessage> WaitForAsync(string messageId, SmsStatus status) => WaitForAsync(messageId, m => m.Status == status);

    public async Task<SmsMessage> WaitForAsync(string messageId, Func<SmsMessage, bool> condition)
    {
        var reached = new TaskCompletionSource<SmsMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(SmsMessage message)
        {
            if (message.Id == messageId && condition(message)) reached.TrySetResult(message);
        }
        Service.Changed += OnChanged;
        try
        {
            if (await Messages.GetAsync(messageId, CancellationToken.None) is { } stored && condition(stored)) return stored;
            return await reached.Task.WaitAsync(Patience);
        }
        finally
        {
            Service.Changed -= OnChanged;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_started) await _hosted.StopAsync(CancellationToken.None);
        await Engine.DisposeAsync();
        await _services.DisposeAsync();
    }
}
