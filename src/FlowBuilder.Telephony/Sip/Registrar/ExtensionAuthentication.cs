using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Sip.Auth;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>The outcome of <see cref="ExtensionAuthenticator"/>: the extension when authenticated, the challenge to send when one is due.</summary>
public sealed record ExtensionAuthentication(ExtensionAuthenticationStatus Status, Extension? Extension = null, DigestChallenge? Challenge = null)
{
    public const string BlockedReason = "Forbidden (too many failed attempts)";

    public bool IsAuthenticated => Status == ExtensionAuthenticationStatus.Authenticated;
}
