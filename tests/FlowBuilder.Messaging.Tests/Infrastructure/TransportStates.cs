using FlowBuilder.Messaging.Smpp;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Infrastructure;

internal static class TransportStates
{
    /// <summary>Completes when the transport is (or becomes) <paramref name="state"/>; subscribe before causing the change.</summary>
    public static Task WaitForAsync(this SmppTransport transport, SmsTransportState state)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(SmsTransportState now)
        {
            if (now == state) reached.TrySetResult();
        }
        transport.StateChanged += OnChange;
        if (transport.State == state) reached.TrySetResult();
        return reached.Task.WaitAsync(TestLimits.Network).ContinueWith(t =>
        {
            transport.StateChanged -= OnChange;
            return t;
        }, TaskScheduler.Default).Unwrap();
    }

    public static SmppTransport Create(int port, Action<SmppOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new SmppOptions
        {
            Host = "127.0.0.1",
            Port = port,
            SystemId = "flowbuilder",
            Password = "secret",
            SystemType = "test",
            ResponseTimeoutSeconds = 5,
            ReconnectInitialSeconds = 0.1,
            ReconnectMaxSeconds = 0.4,
        };
        configure?.Invoke(options);
        return new SmppTransport(Microsoft.Extensions.Options.Options.Create(options), time ?? TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SmppTransport>.Instance);
    }
}
