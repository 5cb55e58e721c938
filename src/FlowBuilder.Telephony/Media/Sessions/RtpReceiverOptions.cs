using System.Net;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>What SDP negotiated for the incoming stream.</summary>
public sealed record RtpReceiverOptions
{
    /// <summary>The peer's RTP address and port; packets from anywhere else are ignored.</summary>
    public required IPEndPoint Remote { get; init; }

    public G711Codec Codec { get; init; } = G711Codec.Pcmu;

    /// <summary>The dynamic telephone-event payload type (often 101); null when none was negotiated.</summary>
    public byte? TelephoneEventPayloadType { get; init; } = 101;

    /// <summary>Whether to look for DTMF tones in the audio. Default true.</summary>
    public bool DetectInbandDtmf { get; init; } = true;
}
