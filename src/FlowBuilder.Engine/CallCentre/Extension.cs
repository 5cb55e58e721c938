namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// An internal number a person's softphone registers as (digest user name = <see cref="Number"/>). Numbers are unique on
/// the server (REGISTER names no company).
/// </summary>
/// <param name="Password">The SIP digest secret; never shown by the API.</param>
public sealed record Extension(string CompanyId, string Number, string DisplayName, string Password)
{
    public bool Enabled { get; init; } = true;

    /// <summary>How long a call to it rings before it is no-answer (or forwarded on no answer).</summary>
    public int RingSeconds { get; init; } = 20;

    public ExtensionForwarding Forwarding { get; init; } = ExtensionForwarding.None;
}
