using System.Net;
using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>Who a <see cref="SipUserAgent"/> is and where its media goes.</summary>
public sealed record SipUserAgentOptions(SipUri AddressOfRecord, IPAddress MediaAddress, int RtpPort)
{
    public string? DisplayName { get; init; }

    /// <summary>The host put in Contact; null for the transport's address (set it when listening on 0.0.0.0).</summary>
    public string? ContactHost { get; init; }

    /// <summary>Every out-of-dialog request goes here, with a loose Route to it (RFC 3261 §8.1.2). Null sends straight to the target.</summary>
    public SipUri? OutboundProxy { get; init; }

    /// <summary>Answers a 401/407 challenge once per request; null leaves challenges as failures.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>How long an outgoing call may ring before it is cancelled with the no-answer outcome. Default 60 s.</summary>
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public SdpNegotiatorOptions Media { get; init; } = new();

    public string UserAgentName { get; init; } = "FlowBuilder";
}
