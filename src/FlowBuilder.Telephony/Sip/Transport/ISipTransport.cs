using System.Net;
using System.Threading.Channels;

namespace FlowBuilder.Telephony.Sip.Transport;

/// <summary>
/// Moves SIP messages to and from remote endpoints. Received messages, valid or not, arrive on
/// <see cref="Received"/> with the endpoint they came from; on a stream transport a reply to that
/// endpoint goes back over the same connection.
/// </summary>
public interface ISipTransport : IAsyncDisposable
{
    /// <summary>The transport token written in Via: <c>UDP</c>, <c>TCP</c>.</summary>
    string Protocol { get; }

    /// <summary>True for TCP/TLS: no retransmissions, timers D, I, J, K are zero (RFC 3261 §17).</summary>
    bool IsReliable { get; }

    IPEndPoint LocalEndPoint { get; }

    ChannelReader<SipReceived> Received { get; }

    /// <summary>Sends one complete message. Throws on I/O failure, which a transaction reports as a transport error.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> message, IPEndPoint remote, CancellationToken cancellationToken = default);
}
