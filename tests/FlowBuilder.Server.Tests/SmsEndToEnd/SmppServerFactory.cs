using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Sms;
using FlowBuilder.Messaging.Transport;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.SmsEndToEnd;

/// <summary>The server configured the way a user would for an SMSC: <c>FlowBuilder:Sms:Smpp:*</c> pointing at a
/// loopback port, SQLite stores, short reconnect and retry delays so recovery tests finish in seconds.</summary>
public sealed class SmppServerFactory(int port, TimeSpan? retryDelay = null) : FlowBuilderApiFactory
{
    public const string SystemId = "flowbuilder";
    public const string Password = "secret1";

    public int Port { get; } = port;

    /// <summary>FlowBuilder:Sms:RetryDelay and MaxRetryDelay; default 1 s.</summary>
    public TimeSpan RetryDelay { get; } = retryDelay ?? TimeSpan.FromSeconds(1);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Sms:Smpp:Host"] = "127.0.0.1",
        ["FlowBuilder:Sms:Smpp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlowBuilder:Sms:Smpp:SystemId"] = SystemId,
        ["FlowBuilder:Sms:Smpp:Password"] = Password,
        ["FlowBuilder:Sms:Smpp:ResponseTimeoutSeconds"] = "5",
        ["FlowBuilder:Sms:Smpp:ReconnectInitialSeconds"] = "0.1",
        ["FlowBuilder:Sms:Smpp:ReconnectMaxSeconds"] = "0.4",
        ["FlowBuilder:Sms:DefaultFrom"] = "12345",
        ["FlowBuilder:Sms:RetryDelay"] = RetryDelay.ToString(),
        ["FlowBuilder:Sms:MaxRetryDelay"] = RetryDelay.ToString(),
        ["FlowBuilder:Sms:MaxAttempts"] = "30",
    };

    public SmsService Sms => Services.GetRequiredService<SmsService>();

    public SmppTransport Smpp => Services.GetRequiredService<SmppTransport>();

    /// <summary>Completes when the SMPP bind is (or becomes) <paramref name="state"/>; subscribe before causing the change.</summary>
    public async Task WaitForBindAsync(SmsTransportState state)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(SmsTransportState now)
        {
            if (now == state) reached.TrySetResult();
        }
        var transport = Smpp;
        transport.StateChanged += OnChange;
        try
        {
            if (transport.State == state) return;
            await reached.Task.WaitAsync(SmscSimulator.WaitLimit);
        }
        finally
        {
            transport.StateChanged -= OnChange;
        }
    }
}
