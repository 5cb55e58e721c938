namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>The outcome of an outgoing call; <see cref="Call"/> is set when answered, <see cref="StatusCode"/> when a final response came.</summary>
public sealed record SipCallResult(SipCallOutcome Outcome, SipCall? Call, int? StatusCode);
