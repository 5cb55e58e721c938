using System.Net;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>Our side of an audio stream: where we receive RTP, and whether we want to send and receive (hold = SendOnly).</summary>
public sealed record SdpLocalMedia(IPAddress Address, int RtpPort, SdpDirection Direction = SdpDirection.SendRecv);
