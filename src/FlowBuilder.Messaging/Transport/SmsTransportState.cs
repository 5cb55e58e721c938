namespace FlowBuilder.Messaging.Transport;

public enum SmsTransportState
{
    Stopped,
    Connecting,
    Ready,

    /// <summary>Lost its connection; reconnecting with backoff.</summary>
    Reconnecting,
}
