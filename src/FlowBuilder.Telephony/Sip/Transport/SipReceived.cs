using System.Net;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Transport;

/// <summary>A message (or the reason it was rejected) and the endpoint it came from.</summary>
public readonly record struct SipReceived(SipParseResult Result, IPEndPoint Remote);
