namespace FlowBuilder.Messaging.Transport;

/// <summary>One way of handing text messages to the network: an SMPP 3.4 bind to an SMSC, or an HTTP gateway.
/// A transport splits long messages itself and reports receipts and inbound messages to its <see cref="ISmsTransportSink"/>.</summary>
public interface ISmsTransport : IAsyncDisposable
{
    /// <summary>Short name for logs and the API, e.g. <c>smpp</c> or <c>http</c>.</summary>
    string Name { get; }

    /// <summary>Whether the transport can take messages now (bound, or the gateway reachable as far as is known).</summary>
    SmsTransportState State { get; }

    /// <summary>Connects (binds) and starts reporting to the sink; reconnects by itself until disposed.</summary>
    Task StartAsync(ISmsTransportSink sink, CancellationToken cancellationToken);

    /// <summary>Hands one message over. Never throws for network trouble: <see cref="SmsSubmitStatus.Unavailable"/>
    /// means "try again later", <see cref="SmsSubmitStatus.Rejected"/> means the network refused it for good.</summary>
    Task<SmsSubmitResult> SubmitAsync(OutboundSms message, CancellationToken cancellationToken);
}
