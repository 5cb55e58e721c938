using System.Threading.Channels;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Infrastructure;

/// <summary>A sink that records what a transport reports, lets tests wait for it, and can be told to fail.</summary>
public sealed class RecordingSink : ISmsTransportSink
{
    private readonly Channel<SmsReceipt> _receipts = Channel.CreateUnbounded<SmsReceipt>();
    private readonly Channel<InboundSms> _inbound = Channel.CreateUnbounded<InboundSms>();

    /// <summary>How many of the next calls throw (to test that the network gets an error and retries).</summary>
    public int FailNext { get; set; }

    public ValueTask OnReceiptAsync(SmsReceipt receipt, CancellationToken cancellationToken)
    {
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("sink is down (test)");
        }
        _receipts.Writer.TryWrite(receipt);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnInboundAsync(InboundSms message, CancellationToken cancellationToken)
    {
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("sink is down (test)");
        }
        _inbound.Writer.TryWrite(message);
        return ValueTask.CompletedTask;
    }

    public async Task<SmsReceipt> NextReceiptAsync() =>
        await _receipts.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);

    public async Task<InboundSms> NextInboundAsync() =>
        await _inbound.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);
}
