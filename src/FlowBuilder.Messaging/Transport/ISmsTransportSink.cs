namespace FlowBuilder.Messaging.Transport;

/// <summary>Where a transport reports what the network tells it. A transport acknowledges a receipt or an inbound
/// message to the network only after the sink's task completes, so a failing sink means the network sends it again.</summary>
public interface ISmsTransportSink
{
    ValueTask OnReceiptAsync(SmsReceipt receipt, CancellationToken cancellationToken);

    ValueTask OnInboundAsync(InboundSms message, CancellationToken cancellationToken);
}
