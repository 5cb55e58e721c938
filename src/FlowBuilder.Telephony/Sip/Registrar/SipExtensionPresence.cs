using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>An extension is present while it has a live contact at the registrar; with no registrar (no extensions) none is.</summary>
public sealed class SipExtensionPresence(SipRegistrar? registrar) : IExtensionPresence
{
    public bool IsRegistered(string number) => registrar is not null && registrar.Contacts(number).Count > 0;
}
