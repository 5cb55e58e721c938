using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Transport;

public sealed record SipTransportOptions
{
    public static SipTransportOptions Default { get; } = new();

    public SipParserOptions Parser { get; init; } = SipParserOptions.Default;

    /// <summary>Messages buffered before the receive loop waits for the reader. Default 1024.</summary>
    public int ReceiveQueueCapacity { get; init; } = 1024;

    /// <summary>Open TCP connections, accepted and initiated together; more are refused. Default 1024.</summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>Time allowed to open an outgoing TCP connection. Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
