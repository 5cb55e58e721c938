namespace FlowBuilder.Telephony.Hosting;

/// <summary><c>FlowBuilder:Sip:Registrar</c>: how extensions register and how failed authentications are throttled.</summary>
public sealed class SipRegistrarOptions
{
    /// <summary>A REGISTER asking for less is refused with 423 Interval Too Brief and Min-Expires. Default 60 s.</summary>
    public int MinExpiresSeconds { get; set; } = 60;

    /// <summary>Longer requests are shortened to this. Default 3600 s.</summary>
    public int MaxExpiresSeconds { get; set; } = 3600;

    /// <summary>When a REGISTER gives no Expires at all. Default 3600 s.</summary>
    public int DefaultExpiresSeconds { get; set; } = 3600;

    /// <summary>Failed authentications (wrong password, unknown or disabled extension) from one address, or for one
    /// extension, within <see cref="FailureWindowSeconds"/> before it is blocked. Default 5.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int FailureWindowSeconds { get; set; } = 60;

    /// <summary>How long a blocked address or extension gets 403 without its credentials being checked. Default 300 s.</summary>
    public int BlockSeconds { get; set; } = 300;
}
