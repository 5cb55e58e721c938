using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Bridging;

/// <summary>What one relay direction reads (leg A's negotiated codec and telephone-event type) and writes (leg B's, with B's SSRC).</summary>
internal sealed record RtpRelayFormat(G711Codec InputCodec, byte? InputEventType, G711Codec OutputCodec, byte? OutputEventType, uint OutputSsrc);
