using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>Per-call settings of an outgoing INVITE; every null falls back to the agent's <see cref="SipUserAgentOptions"/>.</summary>
public sealed record SipDialOptions
{
    public static SipDialOptions Default { get; } = new();

    /// <summary>The port offered for this call's RTP.</summary>
    public int? RtpPort { get; init; }

    /// <summary>Who the call is from (the caller id and the trunk's domain).</summary>
    public SipNameAddress? From { get; init; }

    /// <summary>Where the INVITE is sent, with a loose Route to it, while the Request-URI names the target (RFC 3261 §8.1.2).</summary>
    public SipUri? OutboundProxy { get; init; }

    /// <summary>Where the INVITE (and its CANCEL) is sent instead of the target's or proxy's address, without a Route: a
    /// registered contact's source address, for phones behind NAT.</summary>
    public System.Net.IPEndPoint? Destination { get; init; }

    /// <summary>Answers one 401/407 challenge.</summary>
    public DigestClient? Credentials { get; init; }

    /// <summary>How long it may ring before the INVITE is cancelled with the no-answer outcome.</summary>
    public TimeSpan? RingTimeout { get; init; }
}
