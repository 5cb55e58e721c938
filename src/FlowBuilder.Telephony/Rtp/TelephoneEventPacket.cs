namespace FlowBuilder.Telephony.Rtp;

/// <summary>A telephone-event packet and when to send it, relative to the start of the digit.</summary>
public readonly record struct TelephoneEventPacket(TimeSpan Offset, RtpPacket Packet);
