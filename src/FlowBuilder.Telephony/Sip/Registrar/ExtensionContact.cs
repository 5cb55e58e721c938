using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>One registered contact of an extension.</summary>
/// <param name="Uri">The Contact the phone registered.</param>
/// <param name="Source">Where the REGISTER came from: calls to the contact are sent there (NAT-friendly, like received/rport).</param>
/// <param name="Transport">The transport the REGISTER came over (<c>UDP</c>, <c>TCP</c>).</param>
public sealed record ExtensionContact(
    string Number, SipUri Uri, IPEndPoint Source, string Transport, DateTimeOffset RegisteredAt, DateTimeOffset ExpiresAt, string CallId, long Sequence)
{
    public string? UserAgent { get; init; }

    /// <summary>Whole seconds left at <paramref name="now"/>, never negative.</summary>
    public int ExpiresIn(DateTimeOffset now) => (int)Math.Max(0, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
