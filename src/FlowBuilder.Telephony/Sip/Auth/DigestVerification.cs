namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>The outcome of checking credentials; only <see cref="Valid"/> admits the request.</summary>
public enum DigestVerification
{
    Valid,

    /// <summary>The credentials name another realm.</summary>
    WrongRealm,

    /// <summary>The nonce was not issued by this verifier (or was tampered with).</summary>
    InvalidNonce,

    /// <summary>The digest is right but the nonce expired: challenge again with <c>stale=TRUE</c>.</summary>
    StaleNonce,

    /// <summary>The request-digest does not match: wrong password, method, URI or body.</summary>
    WrongResponse,

    /// <summary>An nc at or below one already accepted for this nonce: a replay.</summary>
    ReplayedNonceCount,

    /// <summary>The verifier requires qop=auth or auth-int and the credentials carry none.</summary>
    QopMissing,
}
