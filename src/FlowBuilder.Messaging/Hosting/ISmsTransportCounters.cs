namespace FlowBuilder.Messaging.Hosting;

/// <summary>A transport that keeps <see cref="SmsTransportCounters"/> (both built-in ones do), for the SMS status API:
/// <c>transports.OfType&lt;ISmsTransportCounters&gt;()</c>.</summary>
public interface ISmsTransportCounters
{
    SmsTransportCounters Counters { get; }
}
