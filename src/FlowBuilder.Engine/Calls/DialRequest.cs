namespace FlowBuilder.Engine.Calls;

/// <summary>An outbound call through a trunk.</summary>
/// <param name="To">The number or SIP URI to call.</param>
/// <param name="CallerId">The number presented as the caller; null for the trunk's default.</param>
/// <param name="Trunk">The configured trunk's name; null for the default trunk.</param>
/// <param name="RingTimeout">How long it may ring before the outcome is no-answer.</param>
/// <param name="Owner">The instance placing the call, written on its CDR; null for none yet.</param>
public sealed record DialRequest(string To, string? CallerId, string? Trunk, TimeSpan RingTimeout, CallOwner? Owner = null)
{
    /// <summary>The id the new leg gets, so a caller can report it before the call is answered; null lets the channel choose.
    /// It must start with the channel's name and a dash.</summary>
    public string? CallId { get; init; }

    /// <summary>Whether <see cref="To"/> is an outside number (through the outbound routes or <see cref="Trunk"/>) or one of
    /// our extensions (rung at its registered contacts, all at once).</summary>
    public DialTargetKind TargetKind { get; init; } = DialTargetKind.Number;
}
