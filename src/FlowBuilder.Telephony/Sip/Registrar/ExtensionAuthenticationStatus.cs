namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>What to answer a request an extension must authenticate.</summary>
public enum ExtensionAuthenticationStatus
{
    Authenticated,

    /// <summary>No usable credentials (or a stale nonce): 401 / 407 with the challenge.</summary>
    Challenge,

    /// <summary>Wrong password, unknown or disabled extension, or credentials of another user: 403.</summary>
    Forbidden,

    /// <summary>Too many failures from this address or for this extension: 403 without checking.</summary>
    Blocked,
}
