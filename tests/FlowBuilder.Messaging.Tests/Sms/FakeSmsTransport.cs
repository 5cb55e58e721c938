using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Sms;

/// <summary>A transport that answers submissions from a script (default: accepted, one part id per message) and lets a
/// test push receipts and inbound messages through the sink it was started with.</summary>
internal sealed class FakeSmsTransport(string name = "fake") : ISmsTransport
{
    private readonly Queue<Func<OutboundSms, SmsSubmitResult>> _script = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ids;

    /// <summary>Completes once the host has started the transport with its sink.</summary>
    public Task Started => _started.Task;

    public string Name { get; } = name;
    public SmsTransportState State { get; set; } = SmsTransportState.Ready;
    public ISmsTransportSink? Sink { get; private set; }
    public List<OutboundSms> Submitted { get; } = [];

    /// <summary>Runs inside <see cref="SubmitAsync"/> after the answer is chosen, before it is returned.</summary>
    public Func<SmsSubmitResult, Task>? BeforeAnswer { get; set; }

    public void Then(Func<OutboundSms, SmsSubmitResult> answer) => _script.Enqueue(answer);

    public void ThenUnavailable(string error = "SMSC not bound") => Then(_ => SmsSubmitResult.Unavailable(error));

    public string NextId() => $"net-{Interlocked.Increment(ref _ids)}";

    public Task StartAsync(ISmsTransportSink sink, CancellationToken cancellationToken)
    {
        Sink = sink;
        _started.TrySetResult();
        return Task.CompletedTask;
    }

    public async Task<SmsSubmitResult> SubmitAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        lock (Submitted) Submitted.Add(message);
        var answer = _script.TryDequeue(out var scripted) ? scripted(message) : SmsSubmitResult.Accepted([NextId()]);
        if (BeforeAnswer is { } hook) await hook(answer);
        return answer;
    }

    public ValueTask ReceiptAsync(string networkId, SmsDeliveryState state, string? errorCode = null) =>
        Sink!.OnReceiptAsync(new SmsReceipt(networkId, state, errorCode, DateTimeOffset.UtcNow), CancellationToken.None);

    public ValueTask InboundAsync(string from, string to, string text) =>
        Sink!.OnInboundAsync(new InboundSms(from, to, text, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)), CancellationToken.None);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
