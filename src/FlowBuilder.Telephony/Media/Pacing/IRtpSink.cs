using System.Net;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// Where <see cref="RtpPacer"/> hands finished RTP packets, usually a UDP socket. Called on the pacing loop,
/// which every call shares: it must return quickly, must not throw, and must copy the packet if it keeps it.
/// </summary>
public interface IRtpSink
{
    void Send(ReadOnlySpan<byte> packet, IPEndPoint remote);
}
