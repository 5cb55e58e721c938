using System.Net;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>
/// The negotiated audio stream: codec, telephone-event payload type (null when the peer has none), our
/// direction, and where to send RTP (null when we must not send, e.g. the peer is on hold with 0.0.0.0).
/// </summary>
public sealed record SdpAudioSelection(
    SdpRtpMap Codec,
    int? TelephoneEventPayloadType,
    SdpDirection Direction,
    IPEndPoint? RemoteRtp,
    int PacketTimeMs);
