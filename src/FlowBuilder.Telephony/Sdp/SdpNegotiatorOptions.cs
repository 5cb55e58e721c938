namespace FlowBuilder.Telephony.Sdp;

public sealed record SdpNegotiatorOptions
{
    /// <summary>Audio codecs we accept, most preferred first: <c>PCMU</c> (PT 0) and/or <c>PCMA</c> (PT 8).</summary>
    public IReadOnlyList<string> CodecPreference { get; init; } = ["PCMU", "PCMA"];

    /// <summary>Whether RFC 4733 telephone-events (DTMF 0–15) are offered and accepted. Default true.</summary>
    public bool TelephoneEvents { get; init; } = true;

    /// <summary>Payload type we use for telephone-event in our own offers (96–127). Default 101.</summary>
    public int TelephoneEventPayloadType { get; init; } = 101;

    /// <summary>Packet time we send, in milliseconds. Default 20.</summary>
    public int PacketTimeMs { get; init; } = 20;
}
