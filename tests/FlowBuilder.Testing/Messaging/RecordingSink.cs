using FlowBuilder.Messaging.Transport;
using FlowBuilder.Testing.Http;

namespace FlowBuilder.Testing.Messaging;

/// <summary>A sink that records what an SMS transport reports, lets tests wait for it, and can be told to fail.</summary>
public sealed class RecordingSink : ISmsTransportSink
{
    /// <summary>How long the Next… methods wait unless told otherwise.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(15);

    private readonly ArrivalLog<SmsReceipt> _receipts = new();
    private readonly ArrivalLog<InboundSms> _inbound = new();

    /// <summary>How many of the next calls throw (to test that the network gets an error and retries).</summary>
    public int FailNext { get; set; }

    public ValueTask OnReceiptAsync(SmsReceipt receipt, CancellationToken cancellationToken)
    {
        FailIfTold();
        _receipts.Add(receipt);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnInboundAsync(InboundSms message, CancellationToken cancellationToken)
    {
        FailIfTold();
        _inbound.Add(message);
        return ValueTask.CompletedTask;
    }

    /// <summary>The next receipt in arrival order, waiting up to <paramref name="within"/> (<see cref="DefaultPatience"/>).</summary>
    public Task<SmsReceipt> NextReceiptAsync(TimeSpan? within = null) => _receipts.NextAsync(within ?? DefaultPatience);

    /// <summary>The next inbound message in arrival order, waiting up to <paramref name="within"/> (<see cref="DefaultPatience"/>).</summary>
    public Task<InboundSms> NextInboundAsync(TimeSpan? within = null) => _inbound.NextAsync(within ?? DefaultPatience);

    private void FailIfTold()
    {
        if (FailNext <= 0) return;
        FailNext--;
        throw new InvalidOperationException("sink is down (test)");
    }
}
