namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>One item read from a stream: a parsed (or rejected) message, or a keep-alive.</summary>
public readonly record struct SipFrame(SipFrameKind Kind, SipParseResult? Result);
