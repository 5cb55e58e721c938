using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>Sees each packet an <see cref="RtpReceiver"/> accepted (audio of its codec, telephone-events, comfort noise), on the receive loop's thread.</summary>
internal interface IRtpPacketObserver
{
    /// <param name="receivedAt">When the datagram was handed to the receiver, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</param>
    void OnPacket(in RtpPacket packet, long receivedAt);
}
