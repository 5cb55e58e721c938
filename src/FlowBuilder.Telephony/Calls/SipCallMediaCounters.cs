namespace FlowBuilder.Telephony.Calls;

/// <summary>RTP so far on one answered call: packets accepted from the peer (audio, telephone-events, comfort noise) and packets sent.</summary>
public readonly record struct SipCallMediaCounters(long PacketsReceived, long PacketsSent);
