namespace FlowBuilder.Telephony.Sip.Auth;

/// <summary>The digest algorithms of RFC 2617 and RFC 7616; the -sess variants hash the nonce and cnonce into HA1.</summary>
public enum DigestAlgorithm
{
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}
