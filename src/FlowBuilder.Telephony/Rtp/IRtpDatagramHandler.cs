using System.Net;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>Takes the datagrams an <see cref="RtpReceiveLoop"/> reads from one socket.</summary>
public interface IRtpDatagramHandler
{
    /// <summary>
    /// Called on the loop's thread, which every registered socket shares: return quickly and copy
    /// <paramref name="datagram"/> if you keep it. <paramref name="from"/> may be reused for later datagrams from
    /// the same sender; do not mutate it.
    /// </summary>
    void Accept(ReadOnlySpan<byte> datagram, IPEndPoint from);
}
