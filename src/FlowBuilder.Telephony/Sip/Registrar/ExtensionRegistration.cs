namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>An extension's current contacts, as <see cref="SipRegistrar.Snapshot"/> lists them.</summary>
public sealed record ExtensionRegistration(string Number, IReadOnlyList<ExtensionContact> Contacts);
