using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Server.Tests.Sms;

/// <summary>A transport that accepts every message with one part id, and lets a test push inbound messages and receipts.</summary>
internal sealed class ScriptedSmsTransport : ISmsTransport
{
    private readonly TaskCompletionSource<ISmsTransportSink> _sink = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ids;

    public string Name => "scripted";
    public SmsTransportState State => SmsTransportState.Ready;
    public List<OutboundSms> Submitted { get; } = [];

    public Task StartAsync(ISmsTransportSink sink, CancellationToken cancellationToken)
    {
        _sink.TrySetResult(sink);
        return Task.CompletedTask;
    }

    public Task<SmsSubmitResult> SubmitAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        lock (Submitted) Submitted.Add(message);
        return Task.FromResult(SmsSubmitResult.Accepted([$"net-{Interlocked.Increment(ref _ids)}"]));
    }

    public async Task InboundAsync(string from, string to, string text)
    {
        var sink = await _sink.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await sink.OnInboundAsync(new InboundSms(from, to, text, DateTimeOffset.UtcNow), CancellationToken.None);
    }

    public async Task ReceiptAsync(string networkId, SmsDeliveryState state)
    {
        var sink = await _sink.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await sink.OnReceiptAsync(new SmsReceipt(networkId, state, null, DateTimeOffset.UtcNow), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
