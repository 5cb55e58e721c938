namespace FlowBuilder.Telephony.Hosting;

/// <summary><c>FlowBuilder:Sip:Trunks:n</c>: a SIP provider or PBX that outbound calls go through.</summary>
public sealed class SipTrunkOptions
{
    /// <summary>What Dial's Trunk and <see cref="SipOptions.DefaultTrunk"/> refer to.</summary>
    public string Name { get; set; } = "";

    /// <summary>The trunk's host: the Request-URI's host. Must be an IP address unless <see cref="OutboundProxy"/> is set.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 5060;

    /// <summary><c>udp</c> (default) or <c>tcp</c>; a listener of that transport must exist.</summary>
    public string Transport { get; set; } = "udp";

    /// <summary>Digest user name for the trunk's challenges (and REGISTER); null for none.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Keep a registration at the trunk, refreshed before it expires.</summary>
    public bool Register { get; set; }

    public int RegisterExpiresSeconds { get; set; } = 3600;

    /// <summary>The number presented when a Dial gives none; null for <see cref="Username"/>.</summary>
    public string? CallerId { get; set; }

    /// <summary>The domain of From and of the registered address of record; null for <see cref="Host"/>.</summary>
    public string? Domain { get; set; }

    /// <summary><c>host:port</c> (an IP address) every request to the trunk is sent to, with a loose Route to it, while the Request-URI names the trunk.</summary>
    public string? OutboundProxy { get; set; }
}
